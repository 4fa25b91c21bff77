using Guildhall.Core;
using Guildhall.Core.Credentials;
using Guildhall.Core.RateLimiting;
using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.TopGg;

namespace Guildhall.Benchmarks.Core;

/// <summary>
/// One Top.gg <c>GET /bots/{id}</c> straight through <see cref="ApiTransport"/> (activity, timeout, retry, the limiter
/// with Top.gg's two buckets, the credential, the buffered tolerant read, source-generated JSON). The buckets allow a
/// million calls a second, so they never make a call wait.
/// </summary>
public class TopGgPipelineOverheadBenchmarks : PipelineOverheadBenchmarks<BotPayload>
{
    private static readonly string BotPath = "bots/" + TopGgSandboxCredentials.BotId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private ApiTransport _transport = null!;
    private ApiRequest _request = null!;

    protected override Task<BareCall<BotPayload>> PrepareAsync(SandboxHost sandbox)
    {
        var api = sandbox.GetApiBase("topgg/api");
        var authorization = "Bearer " + TopGgSandboxCredentials.Token;
        // The HTTP client every Guildhall client creates: its own timeout infinite, because the transport keeps the call's.
        _transport = new ApiTransport(ApiHttpClient.Create(), new ApiTransportOptions
        {
            ApiName = "bench",
            BaseAddress = api,
            Credentials = new AuthorizationHeaderCredential(authorization),
            RateLimitStore = new InMemoryRateLimitStore(),
        }, disposeHttpClient: true);
        _request = new ApiRequest(HttpMethod.Get, BotPath)
        {
            OperationName = "bench.bots.get",
            RateLimits =
            [
                new RateLimitRule("bench:global", 1_000_000, TimeSpan.FromSeconds(1)),
                new RateLimitRule("bench:bots", 1_000_000, TimeSpan.FromSeconds(1)),
            ],
        };
        return Task.FromResult(new BareCall<BotPayload>(api, BotPath, new Dictionary<string, string> { ["Authorization"] = authorization }, BenchmarkJsonContext.Default.BotPayload));
    }

    protected override Task<BotPayload> SendThroughGuildhallAsync() =>
        _transport.SendAsync(_request, BenchmarkJsonContext.Default.BotPayload);

    protected override void ReleaseClient() => _transport.Dispose();
}
