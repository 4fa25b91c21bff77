using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Guildhall.Tatsu.Json;

/// <summary>
/// A Tatsu enum sent as a number (or a numeric string). Tatsu's enums use 0 for a real value (no subscription,
/// credits), so a number the enum does not define reads as -1, which each of them names <c>Unknown</c>, instead of
/// failing the whole response. Written as the number.
/// </summary>
/// <typeparam name="TEnum">An enum with an <c>Unknown = -1</c> member.</typeparam>
internal sealed class TatsuNumericEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly TEnum UnknownValue = (TEnum)Enum.ToObject(typeof(TEnum), -1);

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        long number;
        switch (reader.TokenType)
        {
            case JsonTokenType.Number when reader.TryGetInt64(out number):
                break;
            case JsonTokenType.String when long.TryParse(reader.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out number):
                break;
            case JsonTokenType.Number or JsonTokenType.String or JsonTokenType.Null:
                return UnknownValue;
            default:
                throw new JsonException($"Expected a {typeof(TEnum).Name} number but found {reader.TokenType}.");
        }

        var value = (TEnum)Enum.ToObject(typeof(TEnum), number);
        return Enum.IsDefined(value) ? value : UnknownValue;
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
}
