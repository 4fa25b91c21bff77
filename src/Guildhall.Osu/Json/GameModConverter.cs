using System.Text.Json;
using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;
using Guildhall.Osu.Models;

namespace Guildhall.Osu.Json;

/// <summary>
/// Reads one mod in either format, a legacy acronym string (<c>"HD"</c>) or a lazer object
/// (<c>{"acronym":"DT","settings":{"speed_change":1.3}}</c>), and writes it back in the form it was read in (see
/// <see cref="ModListConverter"/>). A mod without an acronym is a <see cref="JsonException"/>, as every malformed body is,
/// whether it is read on its own or inside a score.
/// </summary>
internal sealed class GameModConverter : JsonConverter<GameMod>, IWireExactConverter
{
    public override GameMod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadMod(ref reader);

    public override void Write(Utf8JsonWriter writer, GameMod value, JsonSerializerOptions options) => WriteMod(writer, value);

    /// <summary>Reads the mod the reader is on: a string or an object.</summary>
    public static GameMod ReadMod(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => new GameMod(Acronym(reader.GetString())) { Shape = new GameModShape(bare: true, emptySettings: null) },
        JsonTokenType.StartObject => ReadObject(ref reader),
        _ => throw new JsonException($"Expected a mod acronym or object but found {reader.TokenType}."),
    };

    /// <summary>Writes a mod as it was read: a bare acronym when it was one and gained nothing, an object otherwise.</summary>
    public static void WriteMod(Utf8JsonWriter writer, GameMod mod)
    {
        if (mod.Shape.Bare && mod.Settings.Count == 0 && mod.ExtensionData.Count == 0)
        {
            writer.WriteStringValue(mod.Acronym);
            return;
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

                // An acronym sent as an object or array is skipped whole, so its members are not read as the mod's.
                reader.Skip();
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
