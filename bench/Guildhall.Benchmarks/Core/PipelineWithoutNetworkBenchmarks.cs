using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;
using Guildhall.Core;
using Guildhall.Sandbox.Hosting;

namespace Guildhall.Benchmarks.Core;

/// <summary>
/// The Top.gg call of <see cref="TopGgPipelineOverheadBenchmarks"/> with the network taken out: both sides send through
/// a <see cref="ReplayHandler"/> that answers with the sandbox's recorded answer to the same request. On loopback the
/// difference between the two sides is a few microseconds in a call of some seventy that the machine's scheduling moves
/// by more than that; here it is only what each side's own code costs, and the difference moves little between runs.
/// </summary>
[MemoryDiagnoser]
public class PipelineWithoutNetworkBenchmarks
{
    private ReplayHandler _handler = null!;
    private HttpClient _bare = null!;
    private BareCall<BotPayload> _call = null!;
    private ApiTransport _transport = null!;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        await using (var sandbox = await SandboxHost.StartAsync(new SandboxOptions { EnforceRateLimits = false }))
        {
            _call = new BareCall<BotPayload>(
                sandbox.GetApiBase("topgg/api"),
                TopGgBenchCall.BotPath,
                new Dictionary<string, string> { ["Authorization"] = TopGgBenchCall.Authorization },
                BenchmarkJsonContext.Default.BotPayload);
            using var recorder = _call.CreateClient();
            _handler = await ReplayHandler.RecordAsync(recorder, _call.Path);
        }

        _bare = _call.CreateClient(_handler);
        _transport = TopGgBenchCall.CreateTransport(new HttpClient(_handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan }, _call.BaseAddress);
        _ = await BareHttpClient() ?? throw new InvalidOperationException("The bare call read nothing: the comparison would be meaningless.");
        _ = await GuildhallPipeline();
    }

    [GlobalCleanup]
    public void CleanUp()
    {
        _bare.Dispose();
        _transport.Dispose();
        _handler.Dispose();
    }

    [Benchmark(Baseline = true, Description = "bare HttpClient + GetFromJsonAsync")]
    public Task<BotPayload?> BareHttpClient() => _bare.GetFromJsonAsync(_call.Path, _call.TypeInfo);

    [Benchmark(Description = "Guildhall pipeline, no bucket")]
    public Task<BotPayload> GuildhallPipelineWithoutBuckets() => _transport.SendAsync(TopGgBenchCall.RequestWithoutBuckets, BenchmarkJsonContext.Default.BotPayload);

    [Benchmark(Description = "Guildhall pipeline")]
    public Task<BotPayload> GuildhallPipeline() => _transport.SendAsync(TopGgBenchCall.Request, BenchmarkJsonContext.Default.BotPayload);
}
