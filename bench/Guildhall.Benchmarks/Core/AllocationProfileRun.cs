using System.Diagnostics.Tracing;
using System.Globalization;

namespace Guildhall.Benchmarks.Core;

/// <summary>
/// Where a pipeline comparison's extra bytes go: runs each side of the Top.gg, osu! and Tatsu comparisons many times
/// while listening to the runtime's allocation ticks (one event per ~100 KB allocated, naming the type of the object
/// that crossed the mark), and prints, per API, the bytes per call each type accounts for on each side and the
/// difference. Sampled, so only types that matter are reliable; the sandbox runs in the process, so both sides include
/// the server's allocations, which cancel out in the difference.
/// </summary>
internal static class AllocationProfileRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var calls = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50_000;
        await ProfileAsync("Top.gg", new TopGgPipelineOverheadBenchmarks(), calls);
        await ProfileAsync("osu!", new OsuPipelineOverheadBenchmarks(), calls);
        await ProfileAsync("Tatsu", new TatsuPipelineOverheadBenchmarks(), calls);
        return 0;
    }

    private static async Task ProfileAsync<TModel>(string api, PipelineOverheadBenchmarks<TModel> benchmark, int calls)
        where TModel : class
    {
        await benchmark.SetUpAsync();
        try
        {
            var bare = await SampleAsync(benchmark.BareHttpClient, calls);
            var guildhall = await SampleAsync(benchmark.GuildhallPipeline, calls);
            Console.WriteLine($"## {api}: bytes per call by type (sampled), {calls} calls a side");
            Console.WriteLine("| type | bare | Guildhall | difference |");
            Console.WriteLine("|---|---:|---:|---:|");
            foreach (var type in bare.Keys.Union(guildhall.Keys).OrderByDescending(type => Math.Abs(guildhall.GetValueOrDefault(type) - bare.GetValueOrDefault(type))).Take(25))
            {
                var (b, g) = (bare.GetValueOrDefault(type) / calls, guildhall.GetValueOrDefault(type) / calls);
                Console.WriteLine($"| `{type}` | {b:0} | {g:0} | {g - b:+0;-0;0} |");
            }

            Console.WriteLine($"| total | {bare.Values.Sum() / calls:0} | {guildhall.Values.Sum() / calls:0} | {(guildhall.Values.Sum() - bare.Values.Sum()) / calls:+0;-0;0} |");
            Console.WriteLine();
        }
        finally
        {
            await benchmark.CleanUpAsync();
        }
    }

    private static async Task<Dictionary<string, double>> SampleAsync<T>(Func<Task<T>> call, int calls)
    {
        for (var i = 0; i < calls / 10; i++)
        {
            await call();
        }

        using var listener = new AllocationListener();
        for (var i = 0; i < calls; i++)
        {
            await call();
        }

        return listener.Snapshot();
    }

    /// <summary>Sums the runtime's allocation ticks by type name.</summary>
    private sealed class AllocationListener : EventListener
    {
        private const EventKeywords GcKeyword = (EventKeywords)0x1;
        private readonly Dictionary<string, double> _bytes = [];
        private readonly Lock _gate = new();

        public Dictionary<string, double> Snapshot()
        {
            lock (_gate)
            {
                return new Dictionary<string, double>(_bytes);
            }
        }

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventName != "GCAllocationTick_V4" || eventData.Payload is not { } payload || eventData.PayloadNames is not { } names)
            {
                return;
            }

            var type = payload[names.IndexOf("TypeName")] as string ?? "?";
            var amount = Convert.ToDouble(payload[names.IndexOf("AllocationAmount64")], CultureInfo.InvariantCulture);
            lock (_gate)
            {
                _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
            }
        }
    }
}
