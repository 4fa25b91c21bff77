using System.Diagnostics;
using System.Globalization;

namespace Guildhall.Benchmarks.Core;

/// <summary>
/// The pipeline comparisons measured so that the machine's drift moves them less: bare and Guildhall calls in
/// alternating blocks (<see cref="AlternatingBlocks"/>), each block timed both in the process's CPU time and in wall
/// time. Each round's two neighbouring blocks give one ratio of each kind, and the figure reported is the median of those
/// ratios (the medians of each side's blocks are printed beside it). The sandbox runs in the process, so both sides
/// include the server's CPU (the same work for both) and the garbage collector's.
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
            var blocks = await AlternatingBlocks.RunAsync(
                rounds,
                () => MeasureBlockAsync(benchmark.BareHttpClient, calls),
                () => MeasureBlockAsync(benchmark.GuildhallPipeline, calls));
            var (bare, guildhall) = (blocks[0], blocks[1]);
            var cpuRatio = AlternatingBlocks.Median(guildhall.Zip(bare, (g, b) => g.CpuMicroseconds / b.CpuMicroseconds));
            var wallRatio = AlternatingBlocks.Median(guildhall.Zip(bare, (g, b) => g.WallMicroseconds / b.WallMicroseconds));
            Console.WriteLine(
                $"| {api} | {AlternatingBlocks.Median(bare.Select(b => b.CpuMicroseconds)):0.0} µs | {AlternatingBlocks.Median(guildhall.Select(g => g.CpuMicroseconds)):0.0} µs | {cpuRatio:0.00} " +
                $"| {AlternatingBlocks.Median(bare.Select(b => b.WallMicroseconds)):0.0} µs | {AlternatingBlocks.Median(guildhall.Select(g => g.WallMicroseconds)):0.0} µs | {wallRatio:0.00} |");
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

    private readonly record struct PerCall(double CpuMicroseconds, double WallMicroseconds);
}
