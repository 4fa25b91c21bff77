using System.Text.Json;
using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;
using Guildhall.Osu.Models;

namespace Guildhall.Osu.Json;

/// <summary>
/// Reads a score's <c>mods</c> in either format, legacy acronym strings (<c>["HD","DT"]</c>) or lazer objects
/// (<c>[{"acronym":"DT","settings":{"speed_change":1.3}}]</c>), and writes each mod back in the form it was read in: a
/// bare acronym stays one, settings sent empty (<c>[]</c>, PHP's empty map, or <c>{}</c>) are written as sent, and members
/// of a mod object that <see cref="GameMod"/> does not declare are kept. A mod built in code is written as an object.
/// </summary>
internal sealed class ModListConverter : JsonConverter<IReadOnlyList<GameMod>>, IWireExactConverter
{
    public override bool HandleNull => true;

    public override IReadOnlyList<GameMod> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return [];
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an array of mods but found {reader.TokenType}.");
        }

        var mods = new List<GameMod>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            mods.Add(GameModConverter.ReadMod(ref reader));
        }

        return mods;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<GameMod> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var mod in value)
        {
            GameModConverter.WriteMod(writer, mod);
        }

        writer.WriteEndArray();
    }
}
