using Guildhall.Core;
using Guildhall.Sandbox.Hosting;

namespace Guildhall.Benchmarks.Core;

/// <summary>
/// One Top.gg <c>GET /bots/{id}</c> straight through <see cref="ApiTransport"/> (activity, timeout, retry, the limiter
/// with Top.gg's two buckets, the credential, the buffered tolerant read, source-generated JSON), see
/// <see cref="TopGgBenchCall"/>.
/// </summary>
public class TopGgPipelineOverheadBenchmarks : PipelineOverheadBenchmarks<BotPayload>
{
    private ApiTransport _transport = null!;

    protected override Task<BareCall<BotPayload>> PrepareAsync(SandboxHost sandbox)
    {
        var api = sandbox.GetApiBase("topgg/api");
        // The HTTP client every Guildhall client creates: its own timeout infinite, because the transport keeps the call's.
        _transport = TopGgBenchCall.CreateTransport(ApiHttpClient.Create(), api);
        return Task.FromResult(new BareCall<BotPayload>(
            api, TopGgBenchCall.BotPath, new Dictionary<string, string> { ["Authorization"] = TopGgBenchCall.Authorization }, BenchmarkJsonContext.Default.BotPayload));
    }

    protected override Task<BotPayload> SendThroughGuildhallAsync() =>
        _transport.SendAsync(TopGgBenchCall.Request, BenchmarkJsonContext.Default.BotPayload);

    protected override void ReleaseClient() => _transport.Dispose();
}
