using System.Text.Json;
using System.Text.Json.Serialization;
using Guildhall.Osu.Models;

namespace Guildhall.Osu.Json;

/// <summary>
/// Reads a score's <c>mods</c> in either format: legacy acronym strings (<c>["HD","DT"]</c>) or lazer objects
/// (<c>[{"acronym":"DT","settings":{"speed_change":1.3}}]</c>); settings sent as a PHP empty array (<c>[]</c>) read as none.
/// Writes the lazer object form.
/// </summary>
internal sealed class ModListConverter : JsonConverter<IReadOnlyList<GameMod>>
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
            mods.Add(reader.TokenType switch
            {
                JsonTokenType.String => new GameMod(reader.GetString()!),
                JsonTokenType.StartObject => ReadObject(ref reader),
                _ => throw new JsonException($"Expected a mod acronym or object but found {reader.TokenType}."),
            });
        }

        return mods;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<GameMod> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var mod in value)
        {
            writer.WriteStartObject();
            writer.WriteString("acronym", mod.Acronym);
            if (mod.Settings.Count > 0)
            {
                writer.WriteStartObject("settings");
                foreach (var (name, setting) in mod.Settings)
                {
                    writer.WritePropertyName(name);
                    setting.WriteTo(writer);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static GameMod ReadObject(ref Utf8JsonReader reader)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (!root.TryGetProperty("acronym", out var acronym) || acronym.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(acronym.GetString()))
        {
            throw new JsonException("A mod object has no acronym.");
        }

        var settings = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (root.TryGetProperty("settings", out var map) && map.ValueKind == JsonValueKind.Object)
        {
            foreach (var setting in map.EnumerateObject())
            {
                settings[setting.Name] = setting.Value.Clone();
            }
        }

        return new GameMod(acronym.GetString()!) { Settings = settings };
    }
}
