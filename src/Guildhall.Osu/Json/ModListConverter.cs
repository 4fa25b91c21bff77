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
            mods.Add(reader.TokenType switch
            {
                JsonTokenType.String => new GameMod(Acronym(reader.GetString())) { Shape = new GameModShape(bare: true, emptySettings: null) },
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
            if (mod.Shape.Bare && mod.Settings.Count == 0 && mod.ExtensionData.Count == 0)
            {
                writer.WriteStringValue(mod.Acronym);
                continue;
            }

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
            else if (mod.Shape.EmptySettings is { } sent)
            {
                writer.WritePropertyName("settings");
                sent.WriteTo(writer);
            }

            WireWrite.Extra(writer, mod.ExtensionData);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static string Acronym(string? acronym) =>
        string.IsNullOrWhiteSpace(acronym) ? throw new JsonException("A mod has no acronym.") : acronym;

    private static GameMod ReadObject(ref Utf8JsonReader reader)
    {
        string? acronym = null;
        Dictionary<string, JsonElement>? settings = null;
        JsonElement? emptySettings = null;
        Dictionary<string, JsonElement>? extra = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("acronym"u8))
            {
                reader.Read();
                acronym = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else if (reader.ValueTextEquals("settings"u8))
            {
                reader.Read();
                var sent = JsonElement.ParseValue(ref reader);
                settings = sent.ValueKind == JsonValueKind.Object ? sent.EnumerateObject().ToDictionary(setting => setting.Name, setting => setting.Value, StringComparer.Ordinal) : null;
                emptySettings = settings is { Count: > 0 } ? null : sent;
            }
            else
            {
                WireRead.Extra(ref reader, ref extra);
            }
        }

        return new GameMod(Acronym(acronym))
        {
            Settings = settings!,
            ExtensionData = WireExtensionDictionary.From(extra)!,
            Shape = new GameModShape(bare: false, emptySettings),
        };
    }
}
