using System.Diagnostics;
using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;
using Guildhall.Sandbox.Hosting;

namespace Guildhall.Benchmarks.Core;

/// <summary>
/// The shape of every pipeline comparison: one call against the sandbox on loopback Kestrel, through Guildhall, beside a
/// bare <see cref="HttpClient"/> that sends the same headers (<c>User-Agent</c>, <c>Accept</c> and the API's own) to the
/// same path and reads the same model with the same source-generated metadata through <c>GetFromJsonAsync</c>. The
/// difference is what Guildhall costs per call. The sandbox's own limits are off and the client's buckets are sized so
/// no call ever waits: pacing is not overhead.
/// </summary>
/// <typeparam name="TModel">The model both sides read.</typeparam>
[MemoryDiagnoser]
public abstract class PipelineOverheadBenchmarks<TModel>
    where TModel : class
{
    /// <summary>How long the set-up calls both sides before measuring (see <see cref="WarmUpAsync"/>).</summary>
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(2);

    private HttpClient _bare = null!;
    private BareCall<TModel> _call = null!;

    /// <summary>The sandbox both sides call.</summary>
    protected SandboxHost Sandbox { get; private set; } = null!;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        Sandbox = await SandboxHost.StartAsync(new SandboxOptions { EnforceRateLimits = false });
        // The Guildhall side goes first: a call that needs a token fetches it here, so the bare side can send the same one.
        _call = await PrepareAsync(Sandbox);
        await GuildhallPipeline();
        _bare = _call.CreateClient();
        _ = await BareHttpClient() ?? throw new InvalidOperationException("The bare call read nothing: the comparison would be meaningless.");
        await WarmUpAsync();
    }

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        _bare.Dispose();
        ReleaseClient();
        await Sandbox.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "bare HttpClient + GetFromJsonAsync")]
    public Task<TModel?> BareHttpClient() => _bare.GetFromJsonAsync(_call.Path, _call.TypeInfo);

    [Benchmark(Description = "Guildhall pipeline")]
    public Task<TModel> GuildhallPipeline() => SendThroughGuildhallAsync();

    /// <summary>
    /// Calls both sides in turn for <see cref="WarmUpTime"/> before anything is measured, so the client, the sandbox and
    /// the runtime's tiered compiler have settled (methods called often recompiled with full optimization) whichever
    /// benchmark a process runs first; without it the first benchmark of an in-process run measured partly cold code.
    /// </summary>
    private async Task WarmUpAsync()
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < WarmUpTime)
        {
            await GuildhallPipeline();
            await BareHttpClient();
        }
    }

    /// <summary>Builds the Guildhall side against the sandbox and says what the bare side must send to match it.</summary>
    protected abstract Task<BareCall<TModel>> PrepareAsync(SandboxHost sandbox);

    /// <summary>One call through Guildhall.</summary>
    protected abstract Task<TModel> SendThroughGuildhallAsync();

    /// <summary>Disposes what <see cref="PrepareAsync"/> built.</summary>
    protected abstract void ReleaseClient();
}
