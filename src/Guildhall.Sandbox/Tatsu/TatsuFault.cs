using System.Text.Json.Nodes;

namespace Guildhall.Sandbox.Tatsu;

/// <summary>A fault waiting for the next matching API requests.</summary>
/// <param name="Kind">How the response is spoiled.</param>
/// <param name="Status">The status of <see cref="TatsuFaultKind.Status"/> and <see cref="TatsuFaultKind.Html"/> faults.</param>
/// <param name="Method">Only requests with this method match; null matches any.</param>
/// <param name="PathPrefix">Only paths (below <c>/tatsu/v1</c>) starting with this match; null matches any.</param>
/// <param name="Delay">How long a <see cref="TatsuFaultKind.Delay"/> fault holds the request.</param>
/// <param name="Times">How many requests the fault still spoils.</param>
/// <param name="Skip">How many matching requests still pass unharmed before the fault starts.</param>
internal sealed record TatsuFault(TatsuFaultKind Kind, int Status, string? Method, string? PathPrefix, TimeSpan Delay, int Times, int Skip)
{
    public bool Matches(string method, string path) =>
        (Method is null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        && (PathPrefix is null || path.StartsWith(PathPrefix, StringComparison.Ordinal));

    /// <summary>The admin routes' name of a kind, for example <c>no_content</c>.</summary>
    public static string KindName(TatsuFaultKind kind) => kind switch
    {
        TatsuFaultKind.Html => "html",
        TatsuFaultKind.Truncated => "truncated",
        TatsuFaultKind.NoContent => "no_content",
        TatsuFaultKind.Delay => "delay",
        TatsuFaultKind.Abort => "abort",
        _ => "status",
    };

    public JsonObject ToJson() => new()
    {
        ["kind"] = KindName(Kind),
        ["status"] = Status,
        ["method"] = Method,
        ["path"] = PathPrefix,
        ["delay_ms"] = (long)Delay.TotalMilliseconds,
        ["times"] = Times,
        ["skip"] = Skip,
    };
}
