namespace Guildhall.Sandbox.Faults;

/// <summary>A fault waiting for the next matching requests.</summary>
/// <param name="Kind">How the response is spoiled.</param>
/// <param name="PathPrefix">
/// Only requests whose path (query included) starts with this match, for example <c>/tatsu/v1/guilds</c>.
/// </param>
/// <param name="Method">Only requests with this method match; <see langword="null"/> matches any.</param>
/// <param name="Status">The status of <see cref="SandboxFaultKind.Status"/> and <see cref="SandboxFaultKind.Html"/> faults.</param>
/// <param name="Body">
/// The body of a <see cref="SandboxFaultKind.Status"/> fault (<see langword="null"/> sends none), or the page of an
/// <see cref="SandboxFaultKind.Html"/> fault (<see langword="null"/> or empty sends a CDN-style one).
/// </param>
/// <param name="ContentType">The content type of a <see cref="SandboxFaultKind.Status"/> fault's <see cref="Body"/>.</param>
/// <param name="Headers">Extra response headers, for example <c>Retry-After</c>.</param>
/// <param name="Delay">How long a <see cref="SandboxFaultKind.Delay"/> fault holds the request.</param>
/// <param name="Times">How many requests the fault still spoils.</param>
/// <param name="Skip">How many matching requests still pass unharmed before the fault starts, to fail a call part way.</param>
internal sealed record SandboxFault(
    SandboxFaultKind Kind,
    string PathPrefix,
    string? Method,
    int Status,
    string? Body,
    string ContentType,
    IReadOnlyDictionary<string, string> Headers,
    TimeSpan Delay,
    int Times,
    int Skip = 0)
{
    /// <summary>Whether the fault applies to a request.</summary>
    /// <param name="method">The request's method.</param>
    /// <param name="pathAndQuery">The request's path with its query string, if any.</param>
    public bool Matches(string method, string pathAndQuery) =>
        (Method is null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        && pathAndQuery.StartsWith(PathPrefix, StringComparison.OrdinalIgnoreCase);

    public JsonObject ToJson()
    {
        var headers = new JsonObject();
        foreach (var (name, value) in Headers)
        {
            headers[name] = value;
        }

        return new JsonObject
        {
            ["kind"] = SandboxFaultKindNames.Name(Kind),
            ["path"] = PathPrefix,
            ["method"] = Method,
            ["status"] = Status,
            ["body"] = Body,
            ["content_type"] = ContentType,
            ["headers"] = headers,
            ["delay_ms"] = (long)Delay.TotalMilliseconds,
            ["times"] = Times,
            ["skip"] = Skip,
        };
    }
}
