using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Web;

namespace Guildhall.Osu.Tests.Infrastructure;

/// <summary>
/// An in-process stand-in for osu.ppy.sh, for tests that need to script the server: it issues JWT-shaped tokens at
/// <c>/oauth/token</c> (client credentials, authorization codes, refresh tokens with rotation), answers API routes
/// with canned bodies and records every request.
/// </summary>
internal sealed class StubOsuServer : HttpMessageHandler
{
    public const long ClientId = 4242;
    public const string ClientSecret = "stub-secret";

    private readonly ConcurrentDictionary<string, Func<StubRequest, HttpResponseMessage>> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _liveRefreshTokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _revoked = new(StringComparer.Ordinal);
    private int _issued;

    public ConcurrentQueue<StubRequest> Requests { get; } = new();

    /// <summary>How long issued tokens live (the real server says 86400).</summary>
    public long ExpiresIn { get; set; } = 86400;

    /// <summary>When set, the token endpoint answers this status and body instead of a token.</summary>
    public (HttpStatusCode Status, string Body)? TokenFailure { get; set; }

    /// <summary>Lets a test hold token requests until it says so.</summary>
    public TaskCompletionSource? TokenGate { get; set; }

    /// <summary>Access tokens the API rejects with 401 (revoked server-side).</summary>
    public ConcurrentDictionary<string, bool> RejectedTokens { get; } = new(StringComparer.Ordinal);

    public int TokenRequests => Requests.Count(request => request.Path == "/oauth/token");

    public IEnumerable<StubRequest> ApiRequests => Requests.Where(request => request.Path.StartsWith("/api/v2/", StringComparison.Ordinal));

    /// <summary>Answers <paramref name="method"/> <c>/api/v2/<paramref name="path"/></c> (query ignored) with a JSON body.</summary>
    public void Json(string method, string path, string body, HttpStatusCode status = HttpStatusCode.OK) =>
        Route(method, path, _ => Respond(status, body, "application/json"));

    public void Route(string method, string path, Func<StubRequest, HttpResponseMessage> responder) =>
        _routes[$"{method} /api/v2/{path}"] = responder;

    public string IssueRefreshToken(long ownerId)
    {
        var refresh = $"refresh-{Interlocked.Increment(ref _issued)}";
        _liveRefreshTokens[refresh] = ownerId;
        return refresh;
    }

    public static HttpResponseMessage Respond(HttpStatusCode status, string body, string mediaType) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var path = request.RequestUri!.AbsolutePath;
        var recorded = new StubRequest(
            request.Method.Method,
            path,
            HttpUtility.ParseQueryString(request.RequestUri.Query),
            request.RequestUri.PathAndQuery,
            request.Headers.Authorization?.Parameter,
            request.Headers.TryGetValues("x-api-version", out var versions) ? versions.Single() : null,
            request.Content?.Headers.ContentType?.MediaType,
            body);
        Requests.Enqueue(recorded);
        if (path == "/oauth/token")
        {
            if (TokenGate is { } gate)
            {
                await gate.Task.WaitAsync(cancellationToken);
            }

            return IssueToken(recorded);
        }

        if (recorded.Authorization is null || RejectedTokens.ContainsKey(recorded.Authorization) || _revoked.ContainsKey(recorded.Authorization))
        {
            return Respond(HttpStatusCode.Unauthorized, """{"authentication":"basic"}""", "application/json");
        }

        if (request.Method == HttpMethod.Delete && path == "/api/v2/oauth/tokens/current")
        {
            _revoked[recorded.Authorization] = true;
            return new HttpResponseMessage(HttpStatusCode.NoContent);
        }

        return _routes.TryGetValue($"{recorded.Method} {path}", out var responder)
            ? responder(recorded)
            : Respond(HttpStatusCode.NotFound, """{"error":null}""", "application/json");
    }

    private HttpResponseMessage IssueToken(StubRequest request)
    {
        if (TokenFailure is { } failure)
        {
            return Respond(failure.Status, failure.Body, failure.Body.StartsWith('<') ? "text/html" : "application/json");
        }

        var form = HttpUtility.ParseQueryString(request.Body);
        if (form["client_id"] != ClientId.ToString(System.Globalization.CultureInfo.InvariantCulture) || form["client_secret"] != ClientSecret)
        {
            return Respond(HttpStatusCode.Unauthorized, """{"error":"invalid_client","error_description":"Client authentication failed","message":"Client authentication failed"}""", "application/json");
        }

        var id = Interlocked.Increment(ref _issued);
        switch (form["grant_type"])
        {
            case "client_credentials":
                return TokenBody(TestJwt.Create(null, (form["scope"] ?? "public").Split(' '), $"cc-{id}"), refreshToken: null);
            case "authorization_code" when form["code"] is { } code && code.StartsWith("code-for-", StringComparison.Ordinal):
                var user = long.Parse(code["code-for-".Length..], System.Globalization.CultureInfo.InvariantCulture);
                return TokenBody(TestJwt.Create(user, ["identify", "public", "friends.read"], $"ac-{id}"), IssueRefreshToken(user));
            case "refresh_token" when form["refresh_token"] is { } refresh && _liveRefreshTokens.TryRemove(refresh, out var owner):
                return TokenBody(TestJwt.Create(owner, ["identify", "public", "friends.read"], $"rt-{id}"), IssueRefreshToken(owner));
            default:
                return Respond(HttpStatusCode.BadRequest, """{"error":"invalid_grant","error_description":"The refresh token is invalid.","hint":"Token has been revoked","message":"The refresh token is invalid."}""", "application/json");
        }
    }

    private HttpResponseMessage TokenBody(string accessToken, string? refreshToken)
    {
        var refresh = refreshToken is null ? "" : $",\"refresh_token\":\"{refreshToken}\"";
        return Respond(HttpStatusCode.OK, $"{{\"token_type\":\"Bearer\",\"expires_in\":{ExpiresIn},\"access_token\":\"{accessToken}\"{refresh}}}", "application/json");
    }
}
