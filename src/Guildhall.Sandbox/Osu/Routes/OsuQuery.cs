namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>Reads query parameters the way osu-web's <c>get_int</c>, <c>get_bool</c> and <c>get_arr</c> do.</summary>
internal static class OsuQuery
{
    public static string? String(HttpRequest request, string name)
    {
        var value = request.Query[name];
        return value.Count == 0 ? null : value[0];
    }

    /// <summary>A trimmed non-empty string or <see langword="null"/> (osu-web's <c>presence</c>).</summary>
    public static string? Present(HttpRequest request, string name) =>
        String(request, name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public static int? Int(HttpRequest request, string name) => ParseInt(String(request, name));

    /// <summary>A whole number of digits only (ids), or <see langword="null"/>.</summary>
    public static long? Long(HttpRequest request, string name) =>
        long.TryParse(String(request, name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static int? ParseInt(string? value) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary><c>1/true/on/yes</c> and <c>0/false/off/no</c>; anything else is unset.</summary>
    public static bool? Bool(HttpRequest request, string name) => ParseBool(String(request, name));

    public static bool? ParseBool(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        "1" or "TRUE" or "ON" or "YES" => true,
        "0" or "FALSE" or "OFF" or "NO" => false,
        _ => null,
    };

    /// <summary>
    /// An array parameter sent as <c>name[]=a&amp;name[]=b</c> or <c>name[0]=a</c>. A plain <c>name=a</c> is a string to
    /// PHP, not an array, so osu-web ignores it and so does the sandbox (a client that forgets the brackets finds out here).
    /// </summary>
    public static List<string> Array(HttpRequest request, string name) =>
        [.. request.Query
            .Where(p => p.Key == name + "[]" || (p.Key.StartsWith(name + "[", StringComparison.Ordinal) && p.Key.EndsWith(']')))
            .SelectMany(p => p.Value)
            .Where(v => v is not null)
            .Select(v => v!)];

    /// <summary>The integers of an array parameter, skipping values that are not integers.</summary>
    public static List<long> LongArray(HttpRequest request, string name) =>
        [.. Array(request, name).Select(v => long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (long?)null).OfType<long>()];
}
