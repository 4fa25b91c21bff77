using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Guildhall.Core.Json;

/// <summary>A Discord-style snowflake: read from a JSON string or number, written as a string (JavaScript cannot hold 64-bit integers).</summary>
public sealed class SnowflakeConverter : JsonConverter<ulong>
{
    /// <inheritdoc />
    public override ulong Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonScalars.ReadSnowflake(ref reader) ?? throw new JsonException("Expected a snowflake id but found an empty value.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ulong value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
    }
}
