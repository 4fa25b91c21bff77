using System.Text.Json;
using System.Text.Json.Serialization;

namespace Guildhall.Core.Json;

/// <summary>A boolean the API may send as <c>true</c>/<c>false</c>, <c>1</c>/<c>0</c> or their string forms (Top.gg's <c>{"voted": 1}</c>).</summary>
public sealed class FlexibleBooleanConverter : JsonConverter<bool>
{
    /// <inheritdoc />
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Number => reader.GetDouble() != 0,
        JsonTokenType.String => reader.GetString() switch
        {
            "1" or "true" or "True" => true,
            "0" or "false" or "False" or "" => false,
            var other => throw new JsonException($"\"{other}\" is not a boolean."),
        },
        _ => throw new JsonException($"Expected a boolean but found {reader.TokenType}."),
    };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteBooleanValue(value);
    }
}
