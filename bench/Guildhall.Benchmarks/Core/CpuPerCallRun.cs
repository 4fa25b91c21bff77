using System.Diagnostics;
using System.Globalization;

namespace Guildhall.Benchmarks.Core;

/// <summary>
/// The pipeline comparisons measured so that the machine's drift moves them less: bare and Guildhall calls in
/// alternating blocks, over several rounds, each block timed both in the process's CPU time and in wall time. Each
/// round's two neighbouring blocks give one ratio of each kind, and the figure reported is the median of those ratios
/// (the medians of each side's blocks are printed beside it). The order of the two blocks alternates from one round to
/// the next, so neither side always runs first, right after a collection the other caused. BenchmarkDotNet's means of
/// the two cases are taken a minute or more apart, and on a shared virtual machine whose speed drifts by a fifth from one
/// minute to the next their quotient drifts with it. The sandbox runs in the process, so both sides include the server's
/// CPU (the same work for both) and the garbage collector's.
/// </summary>
internal static class CpuPerCallRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var calls = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2_000;
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 21;
        Console.WriteLine($"Time per call, {rounds} rounds of alternating blocks of {calls} calls a side; ratios are medians of each round's Guildhall / bare");
        Console.WriteLine("| API | CPU, bare | CPU, Guildhall | CPU ratio | wall, bare | wall, Guildhall | wall ratio |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
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
            var bare = new List<PerCall>();
            var guildhall = new List<PerCall>();
            for (var round = 0; round < rounds; round++)
            {
                if (round % 2 == 0)
                {
                    bare.Add(await MeasureBlockAsync(benchmark.BareHttpClient, calls));
                    guildhall.Add(await MeasureBlockAsync(benchmark.GuildhallPipeline, calls));
                }
                else
                {
                    guildhall.Add(await MeasureBlockAsync(benchmark.GuildhallPipeline, calls));
                    bare.Add(await MeasureBlockAsync(benchmark.BareHttpClient, calls));
                }
            }

            var cpuRatio = Median(guildhall.Zip(bare, (g, b) => g.CpuMicroseconds / b.CpuMicroseconds));
            var wallRatio = Median(guildhall.Zip(bare, (g, b) => g.WallMicroseconds / b.WallMicroseconds));
            Console.WriteLine(
                $"| {api} | {Median(bare.Select(b => b.CpuMicroseconds)):0.0} µs | {Median(guildhall.Select(g => g.CpuMicroseconds)):0.0} µs | {cpuRatio:0.00} " +
                $"| {Median(bare.Select(b => b.WallMicroseconds)):0.0} µs | {Median(guildhall.Select(g => g.WallMicroseconds)):0.0} µs | {wallRatio:0.00} |");
        }
        finally
        {
            await benchmark.CleanUpAsync();
        }
    }

    private static async Task<PerCall> MeasureBlockAsync<T>(Func<Task<T>> call, int calls)
    {
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < calls; i++)
        {
            await call();
        }

        wall.Stop();
        process.Refresh();
        return new PerCall((process.TotalProcessorTime - cpuBefore).TotalMicroseconds / calls, wall.Elapsed.TotalMicroseconds / calls);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private readonly record struct PerCall(double CpuMicroseconds, double WallMicroseconds);
}
