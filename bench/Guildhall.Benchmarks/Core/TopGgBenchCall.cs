using System.Globalization;
using Guildhall.Core;
using Guildhall.Core.Credentials;
using Guildhall.Core.RateLimiting;
using Guildhall.Sandbox.TopGg;

namespace Guildhall.Benchmarks.Core;

/// <summary>
/// The Top.gg call both Top.gg pipeline comparisons make: <c>GET /bots/{id}</c> with the sandbox's token, through an
/// <see cref="ApiTransport"/> whose two buckets (global and per route, as Top.gg counts) allow a million calls a second,
/// so no call ever waits.
/// </summary>
internal static class TopGgBenchCall
{
    /// <summary>The path below the API's root.</summary>
    public static readonly string BotPath = "bots/" + TopGgSandboxCredentials.BotId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The <c>Authorization</c> header's value.</summary>
    public static readonly string Authorization = "Bearer " + TopGgSandboxCredentials.Token;

    /// <summary>The request, with both buckets.</summary>
    public static ApiRequest Request { get; } = new(HttpMethod.Get, BotPath)
    {
        OperationName = "bench.bots.get",
        RateLimits =
        [
            new RateLimitRule("bench:global", 1_000_000, TimeSpan.FromSeconds(1)),
            new RateLimitRule("bench:bots", 1_000_000, TimeSpan.FromSeconds(1)),
        ],
    };

    /// <summary>The same request without buckets: the pipeline without its limiter.</summary>
    public static ApiRequest RequestWithoutBuckets { get; } = new(HttpMethod.Get, BotPath) { OperationName = Request.OperationName };

    /// <summary>A transport for <paramref name="api"/> that sends with <paramref name="httpClient"/> and disposes it.</summary>
    public static ApiTransport CreateTransport(HttpClient httpClient, Uri api) => new(httpClient, new ApiTransportOptions
    {
        ApiName = "bench",
        BaseAddress = api,
        Credentials = new AuthorizationHeaderCredential(Authorization),
        RateLimitStore = new InMemoryRateLimitStore(),
    }, disposeHttpClient: true);
}
