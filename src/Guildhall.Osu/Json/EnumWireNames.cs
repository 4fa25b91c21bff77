using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json.Serialization;

namespace Guildhall.Osu.Json;

/// <summary>
/// The wire names of an enum's members (their <see cref="JsonStringEnumMemberNameAttribute"/>), for models that keep the
/// raw name of an open set and expose the enum next to it, and for building query strings.
/// </summary>
/// <typeparam name="TEnum">The enum; its zero value stands for "unknown".</typeparam>
internal static class EnumWireNames<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<string, TEnum> ByName = Build().ToDictionary(pair => pair.Name, pair => pair.Value, StringComparer.Ordinal);
    private static readonly Dictionary<TEnum, string> ByValue = Build().ToDictionary(pair => pair.Value, pair => pair.Name);

    /// <summary>The member named <paramref name="name"/> on the wire, or the zero value.</summary>
    public static TEnum Parse(string? name) => name is not null && ByName.TryGetValue(name, out var value) ? value : default;

    /// <summary>The wire name of <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The member has no wire name (the unknown value).</exception>
    public static string NameOf(TEnum value) =>
        ByValue.TryGetValue(value, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(TEnum).Name}.{value} cannot be sent to the API.");

    private static IEnumerable<(string Name, TEnum Value)> Build() =>
        typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>() is not null)
            .Select(field => (field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()!.Name, (TEnum)field.GetValue(null)!));
}
