using System.Diagnostics;
using System.Globalization;
using Guildhall.Core.RateLimiting;
using Guildhall.Redis;
using Guildhall.Testing.Redis;

namespace Guildhall.Benchmarks.RateLimits;

/// <summary>
/// How long one slot acquisition takes, per acquisition (so percentiles are of single calls, not of batches), with the
/// in-memory store and with Redis (a throwaway redis-server on loopback): sequential, then with concurrent callers.
/// Each acquisition is followed by its completion, outside the timed part; the rule's limit is high enough never to refuse.
/// </summary>
internal static class AcquisitionLatencyRun
{
    private const int Warmup = 2_000;
    private const int Measured = 20_000;

    public static async Task<int> RunAsync(string[] args)
    {
        var callers = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 16;
        var directory = Directory.CreateTempSubdirectory("guildhall-bench-redis-").FullName;
        try
        {
            await using var redisServer = RedisProcess.Start(RedisProcess.FreePort(), directory);
            await using var redis = await RedisProcess.ConnectAsync(redisServer.Endpoint);
            Console.WriteLine("| store | callers | p50 | p99 | acquisitions/s |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            foreach (var (name, store) in new (string, IRateLimitStore)[] { ("in-memory", new InMemoryRateLimitStore()), ("Redis", new RedisRateLimitStore(redis)) })
            {
                foreach (var concurrency in new[] { 1, callers })
                {
                    await MeasureAsync(name, store, concurrency);
                }
            }

            return 0;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task MeasureAsync(string name, IRateLimitStore store, int callers)
    {
        var rule = new RateLimitRule(RateLimitPartition.BucketKey("bench", Guid.NewGuid().ToString("N")[..8], "latency"), 10_000_000, TimeSpan.FromSeconds(1));
        await RunCallersAsync(store, rule, callers, Warmup / callers, null);
        var samples = new long[Measured];
        var next = -1;
        var started = Stopwatch.GetTimestamp();
        await RunCallersAsync(store, rule, callers, Measured / callers, elapsed => samples[Interlocked.Increment(ref next)] = elapsed);
        var total = Stopwatch.GetElapsedTime(started);
        var taken = samples[..(next + 1)];
        Array.Sort(taken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {callers} | {Micros(taken[taken.Length / 2])} µs | {Micros(taken[(int)(taken.Length * 0.99)])} µs | {taken.Length / total.TotalSeconds:N0} |"));
    }

    private static Task RunCallersAsync(IRateLimitStore store, RateLimitRule rule, int callers, int each, Action<long>? record) =>
        Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < each; i++)
            {
                var start = Stopwatch.GetTimestamp();
                var decision = await store.TryAcquireAsync([rule], TimeSpan.FromSeconds(30));
                record?.Invoke(Stopwatch.GetTimestamp() - start);
                if (!decision.Acquired)
                {
                    throw new InvalidOperationException("The benchmark's rule refused a slot.");
                }

                await store.CompleteAsync(decision.Lease);
            }
        })));

    private static string Micros(long ticks) => (ticks * 1_000_000.0 / Stopwatch.Frequency).ToString("N0", CultureInfo.InvariantCulture);
}
