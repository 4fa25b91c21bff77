using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Guildhall.Core.Json;

/// <summary>A list of snowflakes, each a string or a number; <see langword="null"/> reads as an empty list, empty strings are skipped.</summary>
public sealed class SnowflakeListConverter : JsonConverter<IReadOnlyList<ulong>>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override IReadOnlyList<ulong> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return [];
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an array of snowflake ids but found {reader.TokenType}.");
        }

        var ids = new List<ulong>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (JsonScalars.ReadSnowflake(ref reader) is { } id)
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IReadOnlyList<ulong> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartArray();
        foreach (var id in value)
        {
            writer.WriteStringValue(id.ToString(CultureInfo.InvariantCulture));
        }

        writer.WriteEndArray();
    }
}
