using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;
using Guildhall.Core;
using Guildhall.Core.Credentials;
using Guildhall.Core.RateLimiting;

namespace Guildhall.Benchmarks.Core;

/// <summary>
/// One GET of a bot body over loopback Kestrel: through the whole Guildhall pipeline (timeout, retry, limiter with two
/// buckets, credentials, buffered tolerant read, source-generated JSON) against a bare <see cref="HttpClient"/> with
/// <c>GetFromJsonAsync</c>. The difference is the pipeline's cost per call.
/// </summary>
[MemoryDiagnoser]
public class PipelineOverheadBenchmarks
{
    private LoopbackJsonServer _server = null!;
    private HttpClient _bare = null!;
    private ApiTransport _transport = null!;
    private ApiRequest _request = null!;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _server = await LoopbackJsonServer.StartAsync(BotPayload.SampleJson);
        _bare = new HttpClient { BaseAddress = _server.Address };
        _transport = new ApiTransport(new HttpClient(), new ApiTransportOptions
        {
            ApiName = "bench",
            BaseAddress = _server.Address,
            Credentials = new AuthorizationHeaderCredential("Bearer benchmark-token"),

            RateLimitStore = new InMemoryRateLimitStore(),
        });
        _request = new ApiRequest(HttpMethod.Get, "bots/1026525568344264724")
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
        await _server.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "bare HttpClient + GetFromJsonAsync")]
    public Task<BotPayload?> BareHttpClient() =>
        _bare.GetFromJsonAsync("bots/1026525568344264724", BenchmarkJsonContext.Default.BotPayload);

    [Benchmark(Description = "Guildhall pipeline")]
    public Task<BotPayload> GuildhallPipeline() =>
        _transport.SendAsync(_request, BenchmarkJsonContext.Default.BotPayload);
}
