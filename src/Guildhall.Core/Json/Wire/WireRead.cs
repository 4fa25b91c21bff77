using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Guildhall.Core.Json.Wire;

/// <summary>
/// The member readers the generated <see cref="IWireModel{TSelf}"/> readers call. Each reads one member's value at the
/// reader's position and, when writing that value back would not give what was sent, notes in the model's
/// <see cref="WireTrace"/> how it was sent.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static partial class WireRead
{
    /// <summary>A boolean; <c>1</c>, <c>"true"</c> and the like read too and are kept.</summary>
    public static bool Boolean(ref Utf8JsonReader reader, ref WireTraceBuilder trace, int index) =>
        NullableBoolean(ref reader, ref trace, index) ?? false;

    /// <summary>An optional boolean.</summary>
    public static bool? NullableBoolean(ref Utf8JsonReader reader, ref WireTraceBuilder trace, int index)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Null:
                trace.MarkNull(index);
                return null;
            default:
                return BooleanKept(ref reader, ref trace, index);
        }
    }

    /// <summary>A number; one sent as a string reads too and is kept.</summary>
    public static T Number<T>(ref Utf8JsonReader reader, ref WireTraceBuilder trace, int index)
        where T : struct, INumber<T> =>
        NullableNumber<T>(ref reader, ref trace, index) ?? default;

    /// <summary>An optional number.</summary>
    public static T? NullableNumber<T>(ref Utf8JsonReader reader, ref WireTraceBuilder trace, int index)
        where T : struct, INumber<T>
    {
        if (reader.TokenType == JsonTokenType.Number && TryNumber(ref reader, out T number))
        {
            return number;
        }

        if (reader.TokenType == JsonTokenType.Null)
        {
            trace.MarkNull(index);
            return null;
        }

        return NumberKept<T>(ref reader, ref trace, index);
    }

    /// <summary>A string, kept as sent (an empty string stays one).</summary>
    public static string? Text(ref Utf8JsonReader reader, ref WireTraceBuilder trace, int index)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return WireStrings.Read(ref reader);
            case JsonTokenType.Null:
                trace.MarkNull(index);
                return null;
            default:
                throw new JsonException($"Expected a string but found {reader.TokenType}.");
        }
    }

    /// <summary>A required date (ISO 8601 or Unix seconds); a date sent as <c>""</c> fails.</summary>
    public static DateTimeOffset Date(ref Utf8JsonReader reader, ref WireTraceBuilder trace, int index)
    {
        var isNull = reader.TokenType == JsonTokenType.Null;
        return NullableDate(ref reader, ref trace, index) ?? (isNull ? default : throw new JsonException("Expected a date but found an empty value."));
    }

    /// <summary>
    /// An optional date: ISO 8601 with 0 to 7 fraction digits and <c>Z</c> or an offset, or Unix seconds; <c>""</c> and
    /// year-zero dates read as <see langword="null"/>. The format is kept, and the text of anything but strict ISO 8601.
    /// </summary>
    public static DateTimeOffset? NullableDate(ref Utf8JsonReader reader, ref WireTraceBuilder trace, int index)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            trace.MarkNull(index);
            return null;
        }

        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence
            && WireDates.TryParseStrict(reader.ValueSpan, out var date, out var format) && date != DateTimeOffset.MinValue)
        {
            if (format != default)
            {
                trace.KeepDateFormat(index, format);
            }

            return date;
        }

        return DateKept(ref reader, ref trace, index);
    }

    /// <summary>An enum, read tolerantly (see <see cref="TolerantEnumConverter{TEnum}"/>); a value sent in another shape than its wire name (or number) is kept.</summary>
    public static TEnum Enum<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(ref Utf8JsonReader reader, ref WireTraceBuilder trace, int index)
        where TEnum : struct, Enum =>
        NullableEnum<TEnum>(ref reader, ref trace, index) ?? default;

    /// <summary>An optional enum.</summary>
    public static TEnum? NullableEnum<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(ref Utf8JsonReader reader, ref WireTraceBuilder trace, int index)
        where TEnum : struct, Enum
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            trace.MarkNull(index);
            return null;
        }

        if (reader.TokenType == JsonTokenType.String && WireEnum<TEnum>.ByName && !reader.ValueIsEscaped && !reader.HasValueSequence
            && WireEnum<TEnum>.TryExact(reader.ValueSpan, out var exact))
        {
            return exact;
        }

        return EnumKept<TEnum>(ref reader, ref trace, index);
    }

    /// <summary>An address, absolute or relative, kept as sent.</summary>
    public static Uri? Uri(ref Utf8JsonReader reader, ref WireTraceBuilder trace, int index)
    {
        var text = Text(ref reader, ref trace, index);
        return text is null ? null : new Uri(text, UriKind.RelativeOrAbsolute);
    }

    /// <summary>Any JSON value, as sent.</summary>
    public static JsonElement Element(ref Utf8JsonReader reader) => JsonElement.ParseValue(ref reader);

    /// <summary>Any JSON value, as sent; <see langword="null"/> for a JSON <c>null</c>.</summary>
    public static JsonElement? NullableElement(ref Utf8JsonReader reader, ref WireTraceBuilder trace, int index)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            trace.MarkNull(index);
            return null;
        }

        return JsonElement.ParseValue(ref reader);
    }

    /// <summary>A nested model; an empty array (how PHP writes an empty object) reads as <see langword="null"/> and is kept.</summary>
    public static T? Model<T>(ref Utf8JsonReader reader, JsonSerializerOptions options, ref WireTraceBuilder trace, int index)
        where T : class, IWireModel<T>
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return T.ReadWire(ref reader, options);
            case JsonTokenType.Null:
                trace.MarkNull(index);
                return null;
            default:
                EmptyObjectKept(ref reader, ref trace, index, typeof(T));
                return null;
        }
    }

    /// <summary>A list read with a delegate per element; the generated readers use <see cref="List{T, TElement}"/>, which calls the element reader directly.</summary>
    public static T[]? List<T>(ref Utf8JsonReader reader, JsonSerializerOptions options, ref WireTraceBuilder trace, int index, WireElementReader<T> element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return List<T, DelegateElement<T>>(ref reader, options, ref trace, index, new DelegateElement<T>(element));
    }

    /// <summary>
    /// A list; when an element was sent in another shape than it is written in, the whole list is kept. The element
    /// reader is a struct type argument, so each element kind gets its own compiled loop with the element read inlined.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static T[]? List<T, TElement>(ref Utf8JsonReader reader, JsonSerializerOptions options, ref WireTraceBuilder trace, int index, TElement element)
        where TElement : struct, IWireElement<T>
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            trace.MarkNull(index);
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an array but found {reader.TokenType}.");
        }

        var start = reader;
        var items = new WireListBuffer<T>();
        var inexact = false;
        try
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                items.Add(element.Read(ref reader, options, ref inexact));
            }

            var list = items.ToArray();
            if (inexact)
            {
                Keep(ref trace, index, in start, list);
            }

            return list;
        }
        finally
        {
            items.Dispose();
        }
    }

    /// <summary>A member of a type without a reader of its own, read with the options' metadata and kept as sent.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static T? Other<T>(ref Utf8JsonReader reader, JsonSerializerOptions options, ref WireTraceBuilder trace, int index)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (reader.TokenType == JsonTokenType.Null)
        {
            trace.MarkNull(index);
            return default;
        }

        var start = reader;
        var value = JsonSerializer.Deserialize(ref reader, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
        Keep(ref trace, index, in start, value);
        return value;
    }

    /// <summary>A member with a converter of its own; what it read is kept as sent unless the converter keeps the shape itself.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static T? Converted<T>(System.Text.Json.Serialization.JsonConverter<T> converter, ref Utf8JsonReader reader, JsonSerializerOptions options, ref WireTraceBuilder trace, int index)
    {
        ArgumentNullException.ThrowIfNull(converter);
        if (reader.TokenType == JsonTokenType.Null && !converter.HandleNull)
        {
            trace.MarkNull(index);
            return default;
        }

        var start = reader;
        var value = converter.Read(ref reader, typeof(T), options);
        if (converter is not IWireExactConverter)
        {
            Keep(ref trace, index, in start, value);
        }

        return value;
    }

    /// <summary>A member the model does not declare: kept, by name, as sent.</summary>
    public static void Extra(ref Utf8JsonReader reader, ref Dictionary<string, JsonElement>? extra)
    {
        var name = reader.GetString()!;
        reader.Read();
        (extra ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal))[name] = JsonElement.ParseValue(ref reader);
    }

    /// <summary>The error for a required member the object lacks.</summary>
    public static JsonException Missing(string model, string member) => new($"{model} requires '{member}', which the JSON lacks.");

    /// <summary>Parses a number token as <typeparamref name="T"/>.</summary>
    private static bool TryNumber<T>(ref Utf8JsonReader reader, out T value)
        where T : struct, INumber<T>
    {
        if (typeof(T) == typeof(int))
        {
            if (WireNumbers.TryParseShortInteger(reader.ValueSpan, out var wide) && wide is >= int.MinValue and <= int.MaxValue)
            {
                value = (T)(object)(int)wide;
                return true;
            }

            var ok = reader.TryGetInt32(out var number);
            value = (T)(object)number;
            return ok;
        }

        if (typeof(T) == typeof(long))
        {
            var ok = WireNumbers.TryParseShortInteger(reader.ValueSpan, out var number) || reader.TryGetInt64(out number);
            value = (T)(object)number;
            return ok;
        }

        if (typeof(T) == typeof(double))
        {
            var ok = WireNumbers.TryParseShortDecimal(reader.ValueSpan, out var number) || reader.TryGetDouble(out number);
            value = (T)(object)number;
            return ok;
        }

        if (typeof(T) == typeof(ulong))
        {
            var ok = reader.TryGetUInt64(out var number);
            value = (T)(object)number;
            return ok;
        }

        return T.TryParse(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The delegate-based element reader, for <see cref="List{T}"/>.</summary>
    private readonly struct DelegateElement<T>(WireElementReader<T> read) : IWireElement<T>
    {
        public T Read(ref Utf8JsonReader reader, JsonSerializerOptions options, ref bool inexact) => read(ref reader, options, ref inexact);
    }
}
