using System.Text.Json;
using Guildhall.Osu.Json;
using Guildhall.Osu.Models;

namespace Guildhall.Osu.Tests.Mods;

/// <summary>
/// A mod read on its own (its metadata is public, for storing mods) reads like a mod in a score's list. Found by
/// fuzzing: a mod object without an acronym reached the constructor and threw an ArgumentNullException, which no caller
/// of a JSON reader expects; it is a JsonException like every malformed body.
/// </summary>
public sealed class GameModReadingTests
{
    [Theory]
    [InlineData("{}")]
    [InlineData("""{"acronym":"  "}""")]
    [InlineData("""{"acronym":null,"settings":{}}""")]
    [InlineData("""{"acronym":{"acronym":"HD"}}""")]
    [InlineData("12")]
    public void A_mod_without_an_acronym_is_a_json_error(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, OsuJson.TypeInfo<GameMod>()));
    }

    [Theory]
    [InlineData("\"HD\"")]
    [InlineData("""{"acronym":"DT","settings":{"speed_change":1.3},"extra":[]}""")]
    [InlineData("""{"acronym":"HR","settings":[]}""")]
    public void A_mod_read_alone_is_written_back_as_it_was_sent(string json)
    {
        var mod = JsonSerializer.Deserialize(json, OsuJson.TypeInfo<GameMod>())!;

        Assert.Equal(json, JsonSerializer.Serialize(mod, OsuJson.TypeInfo<GameMod>()));
    }
}
