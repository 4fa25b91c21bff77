using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json.Serialization;

namespace Guildhall.Core.Json.Wire;

/// <summary>
/// How an enum is sent: by the names of its <see cref="JsonStringEnumMemberNameAttribute"/>s when it has any, as numbers
/// otherwise. Reading is tolerant like <see cref="TolerantEnumConverter{TEnum}"/> (names in any case, numbers, unknown
/// values as the zero value, flags enums keeping unknown bits); a value sent in another shape than the one written
/// back is kept by the reader.
/// </summary>
/// <typeparam name="TEnum">The enum; its zero value stands for "unknown" in named enums.</typeparam>
internal static class WireEnum<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>
    where TEnum : struct, Enum
{
    private static readonly (byte[] Name, TEnum Value)[] Names = BuildNames();
    private static readonly Dictionary<string, TEnum> ByAnyName = BuildLookup();
    private static readonly bool IsFlags = typeof(TEnum).IsDefined(typeof(FlagsAttribute), inherit: false);

    /// <summary>Whether the enum is written by name.</summary>
    public static bool ByName => Names.Length > 0;

    /// <summary>The value of an exact wire name.</summary>
    public static bool TryExact(ReadOnlySpan<byte> name, out TEnum value)
    {
        foreach (var (wire, member) in Names)
        {
            if (name.SequenceEqual(wire))
            {
                value = member;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The value of a name in any case or of a member name; the zero value when none matches.</summary>
    public static TEnum FromAnyName(string name) => ByAnyName.TryGetValue(name, out var value) ? value : default;

    /// <summary>The value of a number: itself for flags enums, the zero value for numbers the enum does not define.</summary>
    public static TEnum FromNumber(long number)
    {
        var value = (TEnum)Enum.ToObject(typeof(TEnum), number);
        return IsFlags || Enum.IsDefined(value) ? value : default;
    }

    /// <summary>The wire name of <paramref name="value"/>, or <see langword="null"/> when it has none.</summary>
    public static byte[]? NameOf(TEnum value)
    {
        foreach (var (wire, member) in Names)
        {
            if (EqualityComparer<TEnum>.Default.Equals(member, value))
            {
                return wire;
            }
        }

        return null;
    }

    /// <summary>The number of <paramref name="value"/>.</summary>
    public static long NumberOf(TEnum value) => Convert.ToInt64(value, CultureInfo.InvariantCulture);

    private static (byte[], TEnum)[] BuildNames() =>
    [
        .. typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>() is not null)
            .Select(field => (Encoding.UTF8.GetBytes(field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()!.Name), (TEnum)field.GetValue(null)!)),
    ];

    private static Dictionary<string, TEnum> BuildLookup()
    {
        var lookup = new Dictionary<string, TEnum>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var value = (TEnum)field.GetValue(null)!;
            if (field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>() is { } wire)
            {
                lookup.TryAdd(wire.Name, value);
            }

            lookup.TryAdd(field.Name, value);
        }

        return lookup;
    }
}
