using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Guildhall.Core.Json.Wire;

/// <summary>
/// The rare paths of the member readers, where a value was sent in another shape and its JSON is kept. They are never
/// inlined: a reader copy in each generated reader's frame would cost every model a larger stack to clear.
/// </summary>
public static partial class WireRead
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool? BooleanKept(ref Utf8JsonReader reader, ref WireTraceBuilder trace, int index)
    {
        var inexact = false;
        var value = BooleanElement(ref reader, null!, ref inexact);
        Keep(ref trace, index, in reader, value);
        return value;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static T? NumberKept<T>(ref Utf8JsonReader reader, ref WireTraceBuilder trace, int index)
        where T : struct, INumber<T>
    {
        var inexact = false;
        var value = NumberElement<T>(ref reader, null!, ref inexact);
        Keep(ref trace, index, in reader, value);
        return value;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static DateTimeOffset? DateKept(ref Utf8JsonReader reader, ref WireTraceBuilder trace, int index)
    {
        var value = JsonScalars.ReadDate(ref reader);
        Keep(ref trace, index, in reader, value);
        return value;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static TEnum? EnumKept<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(ref Utf8JsonReader reader, ref WireTraceBuilder trace, int index)
        where TEnum : struct, Enum
    {
        var inexact = false;
        var value = EnumElement<TEnum>(ref reader, null!, ref inexact);
        if (inexact)
        {
            Keep(ref trace, index, in reader, value);
        }

        return value;
    }

    /// <summary>An empty array where an object belongs (PHP's empty map): kept, read as no object; anything else fails.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void EmptyObjectKept(ref Utf8JsonReader reader, ref WireTraceBuilder trace, int index, Type model)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an object for {model.Name} but found {reader.TokenType}.");
        }

        var start = reader;
        reader.Skip();
        Keep<object?>(ref trace, index, in start, null);
    }

    /// <summary>Keeps the JSON of the value that starts at <paramref name="start"/>, with the value it read as.</summary>
    private static void Keep<T>(ref WireTraceBuilder trace, int index, in Utf8JsonReader start, T value)
    {
        byte[] raw;
        if (start.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            var copy = start;
            raw = JsonMarshal.GetRawUtf8Value(JsonElement.ParseValue(ref copy)).ToArray();
        }
        else
        {
            var token = start.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(start.ValueSequence) : start.ValueSpan.ToArray();
            raw = start.TokenType == JsonTokenType.String ? [(byte)'"', .. token, (byte)'"'] : token;
        }

        trace.KeepRaw(index, raw, value);
    }
}
