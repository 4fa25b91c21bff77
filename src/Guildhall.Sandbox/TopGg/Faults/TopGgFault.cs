namespace Guildhall.Sandbox.TopGg.Faults;

/// <summary>A response the emulator sends instead of the real one, to exercise a client's error handling.</summary>
/// <param name="Status">The status code.</param>
/// <param name="ContentType">The content type, or <see langword="null"/> for none.</param>
/// <param name="Body">The body, sent verbatim (it may be HTML or deliberately truncated JSON).</param>
/// <param name="Headers">Extra response headers, for example <c>Retry-After</c>.</param>
/// <param name="Abort">Whether to drop the connection instead of answering.</param>
/// <param name="PathPrefix">Only requests whose path (under <c>/topgg/api</c>) starts with this are affected; <see langword="null"/> for all.</param>
internal sealed record TopGgFault(
    int Status, string? ContentType, string Body, IReadOnlyDictionary<string, string> Headers, bool Abort, string? PathPrefix)
{
    public bool Matches(string apiPath) =>
        PathPrefix is null || apiPath.StartsWith(PathPrefix, StringComparison.OrdinalIgnoreCase);
}
