using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Guildhall.Core.Json.Wire;

/// <summary>
/// The member writers the generated <see cref="IWireModel{TSelf}"/> writers call. A member the model's
/// <see cref="WireTrace"/> kept is written as it was sent while its value is the one it read as; a member sent as
/// <see langword="null"/> is written as <see langword="null"/>; other <see langword="null"/> members are left out unless
/// the options write nulls (<see cref="JsonIgnoreCondition.Never"/>).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static partial class WireWrite
{
    /// <summary>A boolean.</summary>
    public static void Boolean(Utf8JsonWriter writer, JsonEncodedText name, bool? value, in WireTrace trace, int index, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (WroteKept(writer, name, value, trace, index) || WroteNull(writer, name, value is null || (value == false && trace.WasNull(index)), trace, index, options))
        {
            return;
        }

        writer.WriteBoolean(name, value!.Value);
    }

    /// <summary>A number.</summary>
    public static void Number<T>(Utf8JsonWriter writer, JsonEncodedText name, T? value, in WireTrace trace, int index, JsonSerializerOptions options)
        where T : struct, INumber<T>
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (WroteKept(writer, name, value, trace, index) || WroteNull(writer, name, value is null || (value.Value == T.Zero && trace.WasNull(index)), trace, index, options))
        {
            return;
        }

        writer.WritePropertyName(name);
        NumberElement(writer, value!.Value, options);
    }

    /// <summary>A string.</summary>
    public static void Text(Utf8JsonWriter writer, JsonEncodedText name, string? value, in WireTrace trace, int index, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (WroteNull(writer, name, value is null || (value.Length == 0 && trace.WasNull(index)), trace, index, options))
        {
            return;
        }

        writer.WriteString(name, value);
    }

    /// <summary>A date, in the format it was sent in (ISO 8601 with seconds and an offset for a date built in code).</summary>
    public static void Date(Utf8JsonWriter writer, JsonEncodedText name, DateTimeOffset? value, in WireTrace trace, int index, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (WroteKept(writer, name, value, trace, index) || WroteNull(writer, name, value is null || (value.Value == default && trace.WasNull(index)), trace, index, options))
        {
            return;
        }

        writer.WriteString(name, WireDates.Format(value!.Value, trace.DateFormat(index)));
    }

    /// <summary>An enum, by wire name or number.</summary>
    public static void Enum<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(Utf8JsonWriter writer, JsonEncodedText name, TEnum? value, in WireTrace trace, int index, JsonSerializerOptions options)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (WroteKept(writer, name, value, trace, index) || WroteNull(writer, name, value is null || (EqualityComparer<TEnum>.Default.Equals(value.Value, default) && trace.WasNull(index)), trace, index, options))
        {
            return;
        }

        writer.WritePropertyName(name);
        EnumElement(writer, value!.Value, options);
    }

    /// <summary>An address, as it was given.</summary>
    public static void Uri(Utf8JsonWriter writer, JsonEncodedText name, Uri? value, in WireTrace trace, int index, JsonSerializerOptions options) =>
        Text(writer, name, value?.OriginalString, trace, index, options);

    /// <summary>Any JSON value.</summary>
    public static void Element(Utf8JsonWriter writer, JsonEncodedText name, JsonElement? value, in WireTrace trace, int index, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (WroteNull(writer, name, value is null || value.Value.ValueKind == JsonValueKind.Undefined, trace, index, options))
        {
            return;
        }

        writer.WritePropertyName(name);
        value!.Value.WriteTo(writer);
    }

    /// <summary>A nested model.</summary>
    public static void Model<T>(Utf8JsonWriter writer, JsonEncodedText name, T? value, in WireTrace trace, int index, JsonSerializerOptions options)
        where T : class, IWireModel<T>
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (WroteKept(writer, name, value, trace, index) || WroteNull(writer, name, value is null, trace, index, options))
        {
            return;
        }

        writer.WritePropertyName(name);
        T.WriteWire(writer, value!, options);
    }

    /// <summary>A list.</summary>
    public static void List<T>(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<T>? value, in WireTrace trace, int index, JsonSerializerOptions options, WireElementWriter<T> element)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(element);
        if (WroteKept(writer, name, value, trace, index) || WroteNull(writer, name, value is null || (value.Count == 0 && trace.WasNull(index)), trace, index, options))
        {
            return;
        }

        writer.WritePropertyName(name);
        writer.WriteStartArray();
        foreach (var item in value!)
        {
            element(writer, item, options);
        }

        writer.WriteEndArray();
    }

    /// <summary>A member of a type without a writer of its own, written with the options' metadata.</summary>
    public static void Other<T>(Utf8JsonWriter writer, JsonEncodedText name, T? value, in WireTrace trace, int index, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        if (WroteKept(writer, name, value, trace, index) || WroteNull(writer, name, value is null, trace, index, options))
        {
            return;
        }

        writer.WritePropertyName(name);
        JsonSerializer.Serialize(writer, value!, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
    }

    /// <summary>A member with a converter of its own.</summary>
    public static void Converted<T>(JsonConverter<T> converter, Utf8JsonWriter writer, JsonEncodedText name, T? value, in WireTrace trace, int index, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(converter);
        ArgumentNullException.ThrowIfNull(writer);
        if (WroteKept(writer, name, value, trace, index) || (!converter.HandleNull && WroteNull(writer, name, value is null, trace, index, options)))
        {
            return;
        }

        writer.WritePropertyName(name);
        converter.Write(writer, value!, options);
    }

    /// <summary>The members the model does not declare, as they were sent.</summary>
    public static void Extra(Utf8JsonWriter writer, IReadOnlyDictionary<string, JsonElement> extra)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(extra);
        foreach (var (name, value) in extra)
        {
            writer.WritePropertyName(name);
            value.WriteTo(writer);
        }
    }

    /// <summary>Writes the member's kept JSON when the value is still the one it read as.</summary>
    private static bool WroteKept<T>(Utf8JsonWriter writer, JsonEncodedText name, T value, in WireTrace trace, int index)
    {
        if (trace.Memory is not { } memory || !memory.TryGetRaw(index, out var raw, out var kept) || !Same(kept, value))
        {
            return false;
        }

        writer.WritePropertyName(name);
        writer.WriteRawValue(raw, skipInputValidation: true);
        return true;
    }

    private static bool Same<T>(object? kept, T value) => kept is null
        ? value is null
        : ReferenceEquals(kept, value) || (kept is T same && EqualityComparer<T>.Default.Equals(same, value));

    /// <summary>Handles a member without a value: written as null where it was sent so or the options write nulls, else left out.</summary>
    private static bool WroteNull(Utf8JsonWriter writer, JsonEncodedText name, bool isNull, in WireTrace trace, int index, JsonSerializerOptions options)
    {
        if (!isNull)
        {
            return false;
        }

        if (trace.WasNull(index) || options.DefaultIgnoreCondition == JsonIgnoreCondition.Never)
        {
            writer.WriteNull(name);
        }

        return true;
    }
}
