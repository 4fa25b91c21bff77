using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace Guildhall.Core.Json.Wire;

/// <summary>List element readers, and keeping a member's JSON.</summary>
public static partial class WireRead
{
    /// <summary>A model in a list (<see langword="null"/> elements stay null).</summary>
    public static T ModelElement<T>(ref Utf8JsonReader reader, JsonSerializerOptions options, ref bool inexact)
        where T : class, IWireModel<T> => reader.TokenType switch
        {
            JsonTokenType.StartObject => T.ReadWire(ref reader, options),
            JsonTokenType.Null => null!,
            _ => throw new JsonException($"Expected an object for {typeof(T).Name} but found {reader.TokenType}."),
        };

    /// <summary>A string in a list.</summary>
    public static string StringElement(ref Utf8JsonReader reader, JsonSerializerOptions options, ref bool inexact) => reader.TokenType switch
    {
        JsonTokenType.String => WireStrings.Read(ref reader),
        JsonTokenType.Null => null!,
        _ => throw new JsonException($"Expected a string but found {reader.TokenType}."),
    };

    /// <summary>A number in a list; one sent as a string (or <see langword="null"/>) marks the list inexact.</summary>
    public static T NumberElement<T>(ref Utf8JsonReader reader, JsonSerializerOptions options, ref bool inexact)
        where T : struct, INumber<T>
    {
        if (reader.TokenType == JsonTokenType.Number && TryNumber(ref reader, out T number))
        {
            return number;
        }

        inexact = true;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return default;
            case JsonTokenType.String when T.TryParse(reader.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed):
                return parsed;
            case JsonTokenType.Number when double.TryParse(reader.ValueSpan, NumberStyles.Float, CultureInfo.InvariantCulture, out var wide):
                return T.CreateSaturating(wide);
            default:
                throw new JsonException($"Expected a {typeof(T).Name} number but found {reader.TokenType}.");
        }
    }

    /// <summary>A boolean in a list; <c>1</c>/<c>0</c> and <c>"true"</c>/<c>"false"</c> mark it inexact.</summary>
    public static bool BooleanElement(ref Utf8JsonReader reader, JsonSerializerOptions options, ref bool inexact)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Null:
                inexact = true;
                return false;
            case JsonTokenType.Number:
                inexact = true;
                return reader.GetDouble() != 0;
            case JsonTokenType.String:
                inexact = true;
                return reader.GetString() switch
                {
                    "1" or "true" or "True" => true,
                    "0" or "false" or "False" or "" => false,
                    var other => throw new JsonException($"\"{other}\" is not a boolean."),
                };
            default:
                throw new JsonException($"Expected a boolean but found {reader.TokenType}.");
        }
    }

    /// <summary>An enum in a list; anything but its exact wire name (or its number, for enums sent as numbers) marks it inexact.</summary>
    public static TEnum EnumElement<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(ref Utf8JsonReader reader, JsonSerializerOptions options, ref bool inexact)
        where TEnum : struct, Enum
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                if (WireEnum<TEnum>.ByName && !reader.ValueIsEscaped && !reader.HasValueSequence && WireEnum<TEnum>.TryExact(reader.ValueSpan, out var exact))
                {
                    return exact;
                }

                inexact = true;
                var text = reader.GetString()!;
                return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var numbered)
                    ? WireEnum<TEnum>.FromNumber(numbered)
                    : WireEnum<TEnum>.FromAnyName(text);
            case JsonTokenType.Number when reader.TryGetInt64(out var number):
                var value = WireEnum<TEnum>.FromNumber(number);
                inexact |= WireEnum<TEnum>.ByName || WireEnum<TEnum>.NumberOf(value) != number;
                return value;
            case JsonTokenType.Null:
                inexact = true;
                return default;
            default:
                throw new JsonException($"Expected a {typeof(TEnum).Name} but found {reader.TokenType}.");
        }
    }
}
