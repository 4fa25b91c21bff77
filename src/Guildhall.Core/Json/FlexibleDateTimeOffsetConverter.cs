using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Guildhall.Core.Json;

/// <summary>
/// A required date, tolerant of what APIs really send: 0 to 7 fraction digits, <c>Z</c> or an offset, or Unix seconds as
/// a number. Written as ISO 8601 with an offset.
/// </summary>
public sealed class FlexibleDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonScalars.ReadDate(ref reader) ?? throw new JsonException("Expected a date but found an empty value.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString("O", CultureInfo.InvariantCulture));
    }
}
