using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Guildhall.Core.Json;

/// <summary>A date sent as Unix seconds (a number or a numeric string), written back as a number.</summary>
public sealed class UnixSecondsConverter : JsonConverter<DateTimeOffset>
{
    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        long seconds = 0;
        var read = (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out seconds))
            || (reader.TokenType == JsonTokenType.String && long.TryParse(reader.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out seconds));
        if (!read)
        {
            throw new JsonException($"Expected Unix seconds but found {reader.TokenType}.");
        }

        return UnixTime.TryFromSeconds(seconds, out var moment)
            ? moment
            : throw new JsonException($"{seconds} Unix seconds is not a date between the years 1 and 9999.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.ToUnixTimeSeconds());
    }
}
