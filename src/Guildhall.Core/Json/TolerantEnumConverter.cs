using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Guildhall.Core.Json;

/// <summary>
/// An enum that tolerates values added by the API later: a name it does not know reads as the enum's zero value (by
/// convention <c>Unknown</c>) instead of failing the whole response. Names are matched case-insensitively against the
/// member's <see cref="JsonStringEnumMemberNameAttribute"/> or its name; numbers are accepted as well. Writes the wire
/// name.
/// </summary>
/// <typeparam name="TEnum">The enum type; its zero value stands for "unknown".</typeparam>
public sealed class TolerantEnumConverter<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<string, TEnum> ByName = BuildNameLookup();
    private static readonly Dictionary<TEnum, string> ByValue = BuildNames().GroupBy(pair => pair.Value).ToDictionary(group => group.Key, group => group.First().Name);

    /// <inheritdoc />
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return ByName.TryGetValue(reader.GetString() ?? "", out var named) ? named : default;
            case JsonTokenType.Number when reader.TryGetInt64(out var number):
                var value = (TEnum)Enum.ToObject(typeof(TEnum), number);
                return Enum.IsDefined(value) ? value : default;
            case JsonTokenType.Null:
                return default;
            default:
                throw new JsonException($"Expected a {typeof(TEnum).Name} name but found {reader.TokenType}.");
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(ByValue.TryGetValue(value, out var name) ? name : Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Wire names first, then member names; a wire name equal to its member name but for case (<c>bot</c>/<c>Bot</c>) is one entry.</summary>
    private static Dictionary<string, TEnum> BuildNameLookup()
    {
        var lookup = new Dictionary<string, TEnum>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in BuildNames())
        {
            lookup.TryAdd(name, value);
        }

        return lookup;
    }

    private static IEnumerable<(string Name, TEnum Value)> BuildNames()
    {
        foreach (var field in typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var value = (TEnum)field.GetValue(null)!;
            if (field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>() is { } wire)
            {
                yield return (wire.Name, value);
            }

            yield return (field.Name, value);
        }
    }
}
