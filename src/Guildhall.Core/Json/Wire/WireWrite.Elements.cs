using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace Guildhall.Core.Json.Wire;

/// <summary>List element writers.</summary>
public static partial class WireWrite
{
    /// <summary>A model in a list.</summary>
    public static void ModelElement<T>(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        where T : class, IWireModel<T>
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            T.WriteWire(writer, value, options);
        }
    }

    /// <summary>A string in a list.</summary>
    public static void StringElement(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }

    /// <summary>A number in a list (or anywhere): the shortest form that reads back as the same value.</summary>
    public static void NumberElement<T>(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        where T : struct, INumber<T>
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<byte> text = stackalloc byte[64];
        if (!value.TryFormat(text, out var written, default, CultureInfo.InvariantCulture))
        {
            throw new JsonException($"{value} cannot be written as a JSON number.");
        }

        writer.WriteRawValue(text[..written], skipInputValidation: true);
    }

    /// <summary>A boolean in a list.</summary>
    public static void BooleanElement(Utf8JsonWriter writer, bool value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteBooleanValue(value);
    }

    /// <summary>An enum in a list (or anywhere): its wire name, or its number for enums sent as numbers and values without a name.</summary>
    public static void EnumElement<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (WireEnum<TEnum>.NameOf(value) is { } name)
        {
            writer.WriteStringValue(name);
        }
        else
        {
            writer.WriteNumberValue(WireEnum<TEnum>.NumberOf(value));
        }
    }
}
