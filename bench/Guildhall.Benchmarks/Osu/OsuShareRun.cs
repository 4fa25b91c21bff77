using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Guildhall.Benchmarks.Osu;

/// <summary>
/// The osu! models' share of the <c>Utf8JsonReader</c> floor, measured so that the machine's drift moves it less: for
/// each body, blocks of floor passes and blocks of model reads alternate (<see cref="AlternatingBlocks"/>), and each
/// round's neighbouring blocks give one share (floor time over models time). The figure reported is the median of those
/// shares, with the tenth percentile beside it (a slow phase of the machine still slows the allocating models more than
/// the floor). The reads are <see cref="OsuDeserializationBenchmarks"/>'s own, on the same bodies. A third block in
/// each round reads every string into a string and every number into a number with the reader alone: what any model
/// layer must at least add to the floor, so what the models take beyond it is their own.
/// </summary>
internal static class OsuShareRun
{
    // Each block reads about this many bytes: a few milliseconds of work, so a block pair shares the machine's state.
    private const int BytesPerBlock = 4_000_000;

    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 101;
        var warmUp = TimeSpan.FromSeconds(args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 3);
        Console.WriteLine($"osu! models against the Utf8JsonReader floor: {rounds} rounds of alternating blocks a body, after {warmUp.TotalSeconds:0} s of warm-up");
        Console.WriteLine($"bodies: {OsuBenchmarkBodies.Source}");
        Console.WriteLine("| body | floor | values only | models | values only, share | models, share (median) | models, share (10th percentile) | models allocated |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var name in OsuBenchmarkBodies.Names)
        {
            var benchmark = new OsuDeserializationBenchmarks { Body = name };
            benchmark.SetUp();
            await MeasureAsync(name, benchmark, rounds, warmUp);
        }

        return 0;
    }

    private static async Task MeasureAsync(string name, OsuDeserializationBenchmarks benchmark, int rounds, TimeSpan warmUp)
    {
        var reads = Math.Max(1, BytesPerBlock / OsuBenchmarkBodies.Get(name).Length);

        // Long enough for the tiered JIT to reach its optimized code on both sides before anything is timed.
        var warming = Stopwatch.StartNew();
        while (warming.Elapsed < warmUp)
        {
            FloorBlock(benchmark, reads);
            ValuesBlock(benchmark, reads);
            ModelsBlock(benchmark, reads);
        }

        var blocks = await AlternatingBlocks.RunAsync(
            rounds,
            () => Task.FromResult(FloorBlock(benchmark, reads)),
            () => Task.FromResult(ValuesBlock(benchmark, reads)),
            () => Task.FromResult(ModelsBlock(benchmark, reads)));
        var (floor, values, models) = (blocks[0], blocks[1], blocks[2]);
        var shares = floor.Zip(models, (f, m) => f / m).ToArray();
        var valueShares = floor.Zip(values, (f, v) => f / v).ToArray();

        var before = GC.GetAllocatedBytesForCurrentThread();
        benchmark.GuildhallModels();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {name} | {AlternatingBlocks.Median(floor):0.0} µs | {AlternatingBlocks.Median(values):0.0} µs | {AlternatingBlocks.Median(models):0.0} µs | {AlternatingBlocks.Median(valueShares):0.00} | {AlternatingBlocks.Median(shares):0.00} | {AlternatingBlocks.Percentile(shares, 0.1):0.00} | {allocated / 1024.0:0.0} KB |"));
    }

    /// <summary>Microseconds per floor pass over a block of <paramref name="reads"/> passes.</summary>
    private static double FloorBlock(OsuDeserializationBenchmarks benchmark, int reads)
    {
        var tokens = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < reads; i++)
        {
            tokens += benchmark.Utf8JsonReaderFloor();
        }

        var elapsed = clock.Elapsed.TotalMicroseconds / reads;
        GC.KeepAlive(tokens);
        return elapsed;
    }

    /// <summary>Microseconds per pass that reads every string and number, over a block of <paramref name="reads"/> passes.</summary>
    private static double ValuesBlock(OsuDeserializationBenchmarks benchmark, int reads)
    {
        var body = OsuBenchmarkBodies.Get(benchmark.Body);
        var sum = 0.0;
        string? last = null;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < reads; i++)
        {
            var reader = new Utf8JsonReader(body);
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.String:
                        last = reader.GetString();
                        break;
                    case JsonTokenType.Number:
                        sum += reader.TryGetInt64(out var integer) ? integer : reader.GetDouble();
                        break;
                }
            }
        }

        var elapsed = clock.Elapsed.TotalMicroseconds / reads;
        GC.KeepAlive(last);
        GC.KeepAlive(sum);
        return elapsed;
    }

    /// <summary>Microseconds per model read over a block of <paramref name="reads"/> reads.</summary>
    private static double ModelsBlock(OsuDeserializationBenchmarks benchmark, int reads)
    {
        object? last = null;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < reads; i++)
        {
            last = benchmark.GuildhallModels();
        }

        var elapsed = clock.Elapsed.TotalMicroseconds / reads;
        GC.KeepAlive(last);
        return elapsed;
    }
}
