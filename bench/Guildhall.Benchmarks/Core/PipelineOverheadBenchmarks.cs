using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;
using Guildhall.Core;
using Guildhall.Core.Credentials;
using Guildhall.Core.RateLimiting;
using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.TopGg;

namespace Guildhall.Benchmarks.Core;

/// <summary>
/// One Top.gg <c>GET /bots/{id}</c> against the sandbox on loopback Kestrel: through the whole Guildhall pipeline
/// (activity, timeout, retry, limiter with Top.gg's two buckets, credentials, buffered tolerant read, source-generated
/// JSON) beside a bare <see cref="HttpClient"/> with the same header and <c>GetFromJsonAsync</c>. The difference is the
/// pipeline's cost per call. The buckets are sized so they never make a call wait (the real 100/s would turn the
/// benchmark into a measure of pacing), and the sandbox's own limits are off for the same reason.
/// </summary>
[MemoryDiagnoser]
public class PipelineOverheadBenchmarks
{
    private static readonly string BotPath = "bots/" + TopGgSandboxCredentials.BotId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private SandboxHost _sandbox = null!;
    private HttpClient _bare = null!;
    private ApiTransport _transport = null!;
    private ApiRequest _request = null!;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _sandbox = await SandboxHost.StartAsync(new SandboxOptions { EnforceRateLimits = false });
        var api = _sandbox.GetApiBase("topgg/api");
        _bare = new HttpClient { BaseAddress = api };
        _bare.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + TopGgSandboxCredentials.Token);
        _transport = new ApiTransport(new HttpClient(), new ApiTransportOptions
        {
            ApiName = "bench",
            BaseAddress = api,
            Credentials = new AuthorizationHeaderCredential("Bearer " + TopGgSandboxCredentials.Token),

            RateLimitStore = new InMemoryRateLimitStore(),
        });
        _request = new ApiRequest(HttpMethod.Get, BotPath)
        {
            OperationName = "bench.bots.get",
            // Budgets no benchmark reaches: the figures include the limiter's bookkeeping but never a wait.
            RateLimits =
            [
                new RateLimitRule("bench:global", 1_000_000, TimeSpan.FromSeconds(1)),
                new RateLimitRule("bench:bots", 1_000_000, TimeSpan.FromSeconds(1)),
            ],
        };
    }

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        _bare.Dispose();
        _transport.Dispose();
        await _sandbox.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "bare HttpClient + GetFromJsonAsync")]
    public Task<BotPayload?> BareHttpClient() =>
        _bare.GetFromJsonAsync(BotPath, BenchmarkJsonContext.Default.BotPayload);

    [Benchmark(Description = "Guildhall pipeline")]
    public Task<BotPayload> GuildhallPipeline() =>
        _transport.SendAsync(_request, BenchmarkJsonContext.Default.BotPayload);
}
