using CsCheck;
using Guildhall.Osu.Models;
using Guildhall.Osu.Mods;

namespace Guildhall.Osu.Tests.Properties;

/// <summary>
/// Mods in their three shapes (legacy flags, acronyms, mod objects): every combination of known flags survives the trip
/// through acronyms, with Nightcore carrying Double Time and Perfect carrying Sudden Death as osu! sets them; unknown
/// bits and mods with settings fail only with the documented <see cref="ArgumentException"/>.
/// </summary>
public sealed class ModConversionProperties
{
    private static readonly LegacyMods Known = Enum.GetValues<LegacyMods>().Aggregate(LegacyMods.None, (all, flag) => all | flag);

    private static readonly Gen<LegacyMods> KnownFlags = Gen.Long.Select(bits => (LegacyMods)bits & Known);

    [Fact]
    public void Known_flags_survive_acronyms_and_mod_objects_with_their_implied_mods()
    {
        KnownFlags.Sample(flags =>
        {
            var expected = flags
                | (flags.HasFlag(LegacyMods.Nightcore) ? LegacyMods.DoubleTime : LegacyMods.None)
                | (flags.HasFlag(LegacyMods.Perfect) ? LegacyMods.SuddenDeath : LegacyMods.None);

            Assert.Equal(expected, ModConverter.ToLegacy(ModConverter.ToAcronyms(flags)));
            Assert.Equal(expected, ModConverter.ToLegacy(ModConverter.ToMods(flags)));
            Assert.Equal(ModConverter.ToAcronyms(flags).Count, ModConverter.ToAcronyms(flags).Distinct(StringComparer.Ordinal).Count());
        });
    }

    [Fact]
    public void Unknown_bits_fail_with_an_argument_exception_naming_them()
    {
        Gen.Long.Where(bits => ((LegacyMods)bits & ~Known) != LegacyMods.None).Sample(bits =>
        {
            var error = Assert.Throws<ArgumentException>(() => ModConverter.ToAcronyms((LegacyMods)bits));
            Assert.Equal("mods", error.ParamName);
        });
    }

    [Fact]
    public void Any_acronyms_convert_or_fail_with_an_argument_exception_and_try_never_throws()
    {
        // Real acronyms (in any case) mixed with made-up ones, as a user's input or a newer server might send.
        var real = Gen.OneOf(Enum.GetValues<LegacyMods>().SelectMany(ModConverter.ToAcronyms).Distinct().Select(acronym => Gen.Const(acronym)).ToArray()).SelectMany(acronym => Gen.Bool.Select(lower => lower ? acronym.ToLowerInvariant() : acronym));
        var madeUp = Gen.Char["ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"].Array[1, 3].Select(letters => new string(letters));
        Gen.OneOf(real, madeUp).Array[0, 5].Sample(acronyms =>
        {
            var mods = acronyms.Select(acronym => new GameMod(acronym)).ToList();
            var converted = ModConverter.TryToLegacy(mods, out var flags, out var unconvertible);

            Assert.Equal(converted, unconvertible.Count == 0);
            if (converted)
            {
                Assert.Equal(flags, ModConverter.ToLegacy(acronyms));
            }
            else
            {
                Assert.Equal(LegacyMods.None, flags);
                Assert.Throws<ArgumentException>(() => ModConverter.ToLegacy(acronyms));
            }
        });
    }
}
