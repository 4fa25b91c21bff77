using System.Net;
using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.TopGg;

namespace Guildhall.Sandbox.Tests.EmulatorWalk;

/// <summary>
/// Every answer of every emulator route (as the host maps them, success and error alike) carries a <c>Content-Type</c>,
/// as the real services' answers do; only answers without a body that the real service also sends untyped are exempt.
/// </summary>
public sealed class EmulatorContentTypeTests : IAsyncLifetime
{
    private SandboxHost _host = null!;
    private HttpClient _root = null!;

    public async Task InitializeAsync()
    {
        // Without rate limits, so the walk's many calls see each route's own answers rather than 429s.
        _host = await SandboxHost.StartInMemoryAsync(new SandboxOptions { EnforceRateLimits = false });
        _root = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _root.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Every_answer_of_every_route_carries_a_content_type()
    {
        var credentials = await EmulatorRoutes.CredentialsAsync(_host);
        var failures = new List<string>();
        var seen = new List<(RouteProbe Probe, int Status)>();

        // Deletions last, so the routes before them still find what they delete.
        foreach (var probe in EmulatorRoutes.Enumerate(_host).OrderBy(probe => probe.Method == "DELETE"))
        {
            foreach (var (variant, authorization, body) in Variants(probe, credentials))
            {
                using var response = await EmulatorRoutes.SendAsync(_root, probe, authorization, body);
                var text = await response.Content.ReadAsStringAsync();
                seen.Add((probe, (int)response.StatusCode));
                if (response.Content.Headers.ContentType is null && !MayBeUntyped(probe, response, text))
                {
                    failures.Add($"{probe} ({variant}) answered {(int)response.StatusCode} with {text.Length} characters and no Content-Type");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        foreach (var api in (string[])["topgg", "tatsu", "osu", "polympics"])
        {
            Assert.Contains(seen, answer => answer.Probe.Api == api && !answer.Probe.IsAdmin && answer.Status is >= 200 and < 300);
            Assert.Contains(seen, answer => answer.Probe.Api == api && !answer.Probe.IsAdmin && answer.Status is >= 400 and < 500);
        }

        Assert.Contains(seen, answer => answer.Probe.ToString() == "POST /topgg/api/bots/stats" && answer.Status == 200);
        Assert.Contains(seen, answer => answer.Probe.ToString() == "GET /osu/oauth/authorize" && answer.Status == 302);
    }

    [Fact]
    public async Task A_stats_post_answers_an_empty_200_that_says_it_is_not_json()
    {
        using var response = await EmulatorRoutes.SendAsync(
            _root, new RouteProbe("POST", "/topgg/api/bots/stats", "/topgg/api/bots/stats", "topgg"), "Bearer " + TopGgSandboxCredentials.Token, EmulatorRoutes.Json("""{"server_count":42}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());

        // topggpy reads Content-Type on every answer and JSON-decodes only application/json; charset=utf-8.
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType?.ToString());
    }

    /// <summary>The requests each route gets: the caller the API trusts most with a body it accepts, no caller, and a malformed body.</summary>
    private static IEnumerable<(string Variant, string? Authorization, HttpContent? Body)> Variants(RouteProbe probe, IReadOnlyDictionary<string, string> credentials)
    {
        var authorization = credentials.GetValueOrDefault(probe.Api);
        HttpContent? Accepted() => probe.TakesBody ? EmulatorRoutes.Json(EmulatorRoutes.AcceptedBody(probe)) : null;
        yield return ("with credentials", authorization, Accepted());
        if (authorization is not null)
        {
            yield return ("without credentials", null, Accepted());
        }

        if (probe.TakesBody)
        {
            yield return ("malformed body", authorization, EmulatorRoutes.Json("{\"truncated"));
        }
    }

    /// <summary>
    /// A 204 has no body to type. Polympics (FastAPI) answers 201/208 for giving an award and 404 for taking one not held
    /// with a bare Starlette <c>Response</c>: no body and no <c>Content-Type</c>, as the reference records for the real server.
    /// </summary>
    private static bool MayBeUntyped(RouteProbe probe, HttpResponseMessage response, string body) =>
        response.StatusCode == HttpStatusCode.NoContent
        || (probe is { Api: "polympics", IsAdmin: false } && body.Length == 0
            && response.StatusCode is HttpStatusCode.Created or HttpStatusCode.AlreadyReported or HttpStatusCode.NotFound);
}
