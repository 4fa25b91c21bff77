using Guildhall.Osu.Models;
using Guildhall.Osu.Mods;

namespace Guildhall.Osu.Tests.Mods;

public sealed class ModConverterTests
{
    [Theory]
    [InlineData(0L, new string[0])]
    [InlineData(8L, new[] { "HD" })]
    [InlineData(24L, new[] { "HD", "HR" })]
    [InlineData(576L, new[] { "NC" })]
    [InlineData(16416L, new[] { "PF" })]
    [InlineData(1049672L, new[] { "HD", "DT", "FL", "FI" })]
    [InlineData(33554432L, new[] { "DS" })]
    [InlineData(1610612736L, new[] { "SV2", "MR" })]
    public void Flags_convert_to_acronyms_and_back(long flags, string[] acronyms)
    {
        Assert.Equal(acronyms, ModConverter.ToAcronyms((LegacyMods)flags));
        Assert.Equal((LegacyMods)flags, ModConverter.ToLegacy(acronyms));
    }

    [Fact]
    public void Nightcore_and_perfect_carry_the_mods_they_imply_as_stable_writes_them()
    {
        var flags = ModConverter.ToLegacy(["NC", "PF"]);

        Assert.Equal(LegacyMods.Nightcore | LegacyMods.DoubleTime | LegacyMods.Perfect | LegacyMods.SuddenDeath, flags);
        Assert.Equal(["NC", "PF"], ModConverter.ToAcronyms(flags));
    }

    [Fact]
    public void Acronyms_convert_regardless_of_case()
    {
        Assert.Equal(LegacyMods.Hidden | LegacyMods.HardRock, ModConverter.ToLegacy(["hd", "Hr"]));
    }

    [Fact]
    public void Lazer_only_mods_and_mods_with_settings_do_not_convert()
    {
        GameMod[] mods = [new("HD"), new("CL"), new("DT") { Settings = new Dictionary<string, System.Text.Json.JsonElement> { ["speed_change"] = System.Text.Json.JsonDocument.Parse("1.3").RootElement } }];

        var converted = ModConverter.TryToLegacy(mods, out var flags, out var unconvertible);

        Assert.False(converted);
        Assert.Equal(LegacyMods.None, flags);
        Assert.Equal(["CL", "DT"], unconvertible.Select(mod => mod.Acronym));
        var exception = Assert.Throws<ArgumentException>(() => ModConverter.ToLegacy(mods));
        Assert.Contains("CL", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Flags_no_mod_uses_are_refused()
    {
        Assert.Throws<ArgumentException>(() => ModConverter.ToAcronyms((LegacyMods)(1L << 40)));
    }

    [Fact]
    public void Flags_become_mods_without_settings()
    {
        var mods = ModConverter.ToMods(LegacyMods.Hidden | LegacyMods.DoubleTime);

        Assert.Equal(["HD", "DT"], mods.Select(mod => mod.Acronym));
        Assert.All(mods, mod => Assert.Empty(mod.Settings));
    }

    [Fact]
    public void A_mod_needs_an_acronym()
    {
        Assert.Throws<ArgumentException>(() => new GameMod(" "));
    }
}
