using System.Collections.ObjectModel;
using Guildhall.Core.RateLimiting;

namespace Guildhall.Core;

/// <summary>One call an API client makes through an <see cref="ApiTransport"/>: what to send and how the pipeline may treat it.</summary>
public sealed class ApiRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The path relative to the API's base address, query string included (a leading <c>/</c> is ignored).</param>
    public ApiRequest(HttpMethod method, string path)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(path);
        Method = method;
        Path = path.TrimStart('/');
    }

    /// <summary>The HTTP method.</summary>
    public HttpMethod Method { get; }

    /// <summary>The path relative to the API's base address, query string included.</summary>
    public string Path { get; }

    /// <summary>
    /// A stable name for telemetry and errors, for example <c>topgg.bots.get</c>. Never put ids or secrets in it.
    /// Defaults to the method and the API name.
    /// </summary>
    public string? OperationName { get; init; }

    /// <summary>
    /// Creates the body. It is called once per attempt, because a sent <see cref="HttpContent"/> cannot be sent again.
    /// See <see cref="ApiContent"/> for JSON and form bodies.
    /// </summary>
    public Func<HttpContent>? Content { get; init; }

    /// <summary>
    /// Whether repeating the request after a 5xx, a 408 or a network error is harmless. <see langword="null"/> decides by
    /// the method: GET, HEAD, PUT, DELETE and OPTIONS are idempotent, POST and PATCH are not. A 429 is always retried,
    /// because the server did nothing with the request.
    /// </summary>
    public bool? SafeToRetry { get; init; }

    /// <summary>The client-side rate-limit buckets this request counts against; the first is the API's primary bucket.</summary>
    public IReadOnlyList<RateLimitRule> RateLimits { get; init; } = [];

    /// <summary>
    /// Extra request headers. Credentials normally come from the transport's credential provider; a request that must
    /// carry a credential of its own (osu!'s token revocation names the token it revokes) sets
    /// <see cref="Authenticated"/> to <see langword="false"/> and passes <c>Authorization</c> here. The transport never
    /// logs these headers nor puts them into an exception.
    /// </summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = ReadOnlyDictionary<string, string>.Empty;

    /// <summary>Whether the credential provider is asked to authenticate this request.</summary>
    public bool Authenticated { get; init; } = true;

    /// <summary>
    /// Whether the answer carries a credential: an OAuth token response, a new session, a reset token. Its body is then
    /// never kept or quoted: an exception about it has no <see cref="Errors.GuildhallApiException.RawBody"/>, its message
    /// and <see cref="Errors.GuildhallApiException.ServerMessage"/> quote nothing from the body, and it says the body was
    /// withheld because it carries credentials (<see cref="Errors.GuildhallApiException.IsBodyWithheld"/>). Set it on every
    /// request whose success answer holds a secret, so a truncated or malformed answer cannot put that secret into an
    /// exception, a log or a trace. Default <see langword="false"/>.
    /// </summary>
    public bool ResponseIsSecret { get; init; }

    /// <summary>Whether the request may be sent again after a 5xx, a 408 or a network error.</summary>
    public bool IsRetrySafe => SafeToRetry ?? IsIdempotent(Method);

    /// <summary>The name used in telemetry, logs and error messages.</summary>
    internal string DisplayName(string apiName) => OperationName ?? $"{apiName} {Method.Method}";

    private static bool IsIdempotent(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Put ||
        method == HttpMethod.Delete || method == HttpMethod.Options;
}
