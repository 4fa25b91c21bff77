using System.Globalization;

namespace Guildhall.Cli.Output;

/// <summary>
/// How values read in a table cell, the same for every API: invariant culture, so output does not change with the
/// machine's locale and scripts can parse it.
/// </summary>
internal static class TableCells
{
    /// <summary>An identifier, digits only.</summary>
    public static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>An identifier, digits only.</summary>
    public static string Id(long id) => Integer(id);

    /// <summary>A number to be read or compared as is (a count, a bit set), digits only.</summary>
    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An amount, with thousands separators for the eye.</summary>
    public static string Number(ulong value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>An amount, with thousands separators for the eye; empty when absent.</summary>
    public static string? Number(long? value) => value?.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A point in time in UTC, <c>yyyy-MM-dd HH:mm:ssZ</c>.</summary>
    public static string Time(DateTimeOffset value) => value.ToString("u", CultureInfo.InvariantCulture);
}
