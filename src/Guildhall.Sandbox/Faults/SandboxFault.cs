using System.Text.Json.Nodes;

namespace Guildhall.Sandbox.Faults;

/// <summary>A fault waiting for the next matching requests.</summary>
/// <param name="Kind">How the response is spoiled.</param>
/// <param name="PathPrefix">Only request paths starting with this match, for example <c>/tatsu/v1/guilds</c>.</param>
/// <param name="Method">Only requests with this method match; <see langword="null"/> matches any.</param>
/// <param name="Status">The status of <see cref="SandboxFaultKind.Status"/> and <see cref="SandboxFaultKind.Html"/> faults.</param>
/// <param name="Body">The body of a <see cref="SandboxFaultKind.Status"/> fault; <see langword="null"/> sends none.</param>
/// <param name="ContentType">The content type of <see cref="Body"/>.</param>
/// <param name="Headers">Extra response headers, for example <c>Retry-After</c>.</param>
/// <param name="Delay">How long a <see cref="SandboxFaultKind.Delay"/> fault holds the request.</param>
/// <param name="Times">How many requests the fault still spoils.</param>
internal sealed record SandboxFault(
    SandboxFaultKind Kind,
    string PathPrefix,
    string? Method,
    int Status,
    string? Body,
    string ContentType,
    IReadOnlyDictionary<string, string> Headers,
    TimeSpan Delay,
    int Times)
{
    public bool Matches(string method, string path) =>
        (Method is null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        && path.StartsWith(PathPrefix, StringComparison.OrdinalIgnoreCase);

    public JsonObject ToJson()
    {
        var headers = new JsonObject();
        foreach (var (name, value) in Headers)
        {
            headers[name] = value;
        }

        return new JsonObject
        {
            ["kind"] = Kind.ToString().ToLowerInvariant(),
            ["path"] = PathPrefix,
            ["method"] = Method,
            ["status"] = Status,
            ["body"] = Body,
            ["content_type"] = ContentType,
            ["headers"] = headers,
            ["delay_ms"] = (long)Delay.TotalMilliseconds,
            ["times"] = Times,
        };
    }
}
