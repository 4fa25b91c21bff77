using System.Diagnostics;
using System.Globalization;

namespace Guildhall.Benchmarks.Core;

/// <summary>
/// What a pipeline comparison costs in processor time rather than wall time: the process's CPU time per call, bare and
/// Guildhall in alternating blocks, over several rounds, the median block of each side reported. On a machine shared
/// with other work the wall-clock means of BenchmarkDotNet swing with the load, while the CPU a call burns in this
/// process moves much less. The sandbox runs in the process, so both sides include the server's CPU (the same work for
/// both) and the garbage collector's.
/// </summary>
internal static class CpuPerCallRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var calls = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2_000;
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 9;
        Console.WriteLine($"CPU time per call, median of {rounds} alternating blocks of {calls} calls a side");
        Console.WriteLine("| API | bare | Guildhall | ratio |");
        Console.WriteLine("|---|---:|---:|---:|");
        await MeasureAsync("Top.gg", new TopGgPipelineOverheadBenchmarks(), calls, rounds);
        await MeasureAsync("osu!", new OsuPipelineOverheadBenchmarks(), calls / 5, rounds);
        await MeasureAsync("Tatsu", new TatsuPipelineOverheadBenchmarks(), calls, rounds);
        return 0;
    }

    private static async Task MeasureAsync<TModel>(string api, PipelineOverheadBenchmarks<TModel> benchmark, int calls, int rounds)
        where TModel : class
    {
        await benchmark.SetUpAsync();
        try
        {
            var bare = new List<double>();
            var guildhall = new List<double>();
            for (var round = 0; round < rounds; round++)
            {
                bare.Add(await CpuPerCallAsync(benchmark.BareHttpClient, calls));
                guildhall.Add(await CpuPerCallAsync(benchmark.GuildhallPipeline, calls));
            }

            var (b, g) = (Median(bare), Median(guildhall));
            Console.WriteLine($"| {api} | {b:0.0} µs | {g:0.0} µs | {g / b:0.00} |");
        }
        finally
        {
            await benchmark.CleanUpAsync();
        }
    }

    private static async Task<double> CpuPerCallAsync<T>(Func<Task<T>> call, int calls)
    {
        using var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        for (var i = 0; i < calls; i++)
        {
            await call();
        }

        process.Refresh();
        return (process.TotalProcessorTime - before).TotalMicroseconds / calls;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
