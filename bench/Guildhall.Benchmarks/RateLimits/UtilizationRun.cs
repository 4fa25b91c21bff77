using System.Globalization;
using Guildhall.Core;
using Guildhall.Core.RateLimiting;
using Guildhall.Osu;
using Guildhall.Redis;
using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.Osu;
using Guildhall.Sandbox.Tatsu;
using Guildhall.Sandbox.TopGg;
using Guildhall.Tatsu;
using Guildhall.Testing;
using Guildhall.Testing.Redis;
using Guildhall.TopGg;

namespace Guildhall.Benchmarks.RateLimits;

/// <summary>
/// How much of each limited route's permitted rate 64 callers actually use, with the in-memory store and with Redis:
/// every caller calls again as soon as its last call returned, against the sandbox on loopback Kestrel with its real
/// limits. After a warm-up, the time the next <c>budget × N</c> answers take (the budget being the calls per window the
/// client allows itself) gives the rate used, set against the rate the server permits: used/permitted = (budget × N /
/// measured time) / (limit / window). Measuring the time of a whole number of the client's windows (not the answers in
/// a fixed time) keeps the bursts of a per-minute limit from rounding the figure by a whole window.
/// Routes whose slots turn over in milliseconds (Top.gg's /bots, Tatsu) run on a clock thirty times faster than real
/// time, shared by the sandbox and the client (and, for Redis, kept by that clock instead of Redis's own); that makes
/// every real delay thirty times larger in the clock's terms, so their figures are, if anything, low. Top.gg's global
/// limit and osu!'s run at real speed: osu! sends no reset time, so the cost of a window is the time its 1200 calls
/// take to answer, which a faster clock would inflate thirty times.
/// </summary>
internal static class UtilizationRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var callers = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 64;
        var directory = Directory.CreateTempSubdirectory("guildhall-bench-redis-").FullName;
        await using var redisServer = RedisProcess.Start(RedisProcess.FreePort(), directory);
        await using var redis = await RedisProcess.ConnectAsync(redisServer.Endpoint);
        Console.WriteLine($"{callers} callers; used/permitted = (calls / the time they took) / (the server's limit / its window).");
        Console.WriteLine();
        Console.WriteLine("| route | server limit | clock | measured | in-memory store | Redis store |");
        Console.WriteLine("|---|---|---|---|---:|---:|");
        foreach (var route in Routes())
        {
            var memory = await MeasureAsync(route, callers, clock => new InMemoryRateLimitStore(clock));
            var shared = await MeasureAsync(route, callers, clock => new RedisRateLimitStore(redis, new RedisRateLimitStoreOptions
            {
                KeyPrefix = "bench:" + Guid.NewGuid().ToString("N")[..8] + ":",
                UseRedisTime = route.Speed == 1,
                TimeProvider = clock,
            }));
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {route.Name} | {route.Limit} / {(route.Window == TimeSpan.FromSeconds(1) ? "s" : "min")} | {(route.Speed == 1 ? "real" : $"x{route.Speed}")} | {route.Budget * route.MeasuredWindows} calls after {route.WarmUpWindows} window{(route.WarmUpWindows == 1 ? "" : "s")} | {memory} | {shared} |"));
        }

        Directory.Delete(directory, recursive: true);
        return 0;
    }

    private static IEnumerable<LimitedRoute> Routes() =>
    [
        new("Top.gg global (GET /weekend)", 100, 99, TimeSpan.FromSeconds(1), 1, 2, 5, (host, clock, store) =>
        {
            var client = new TopGgClient(TopGgSandboxCredentials.Token, Paced(TopGgOptions(host), clock, store));
            return (() => client.IsWeekendAsync(), client);
        }),
        new("Top.gg /bots (GET /bots/{id}/stats)", 60, 60, TimeSpan.FromMinutes(1), 30, 2, 5, (host, clock, store) =>
        {
            var client = new TopGgClient(TopGgSandboxCredentials.Token, Paced(TopGgOptions(host), clock, store));
            return (() => client.Bots.GetStatsAsync(), client);
        }),
        new("Tatsu (GET /users/{id}/profile)", 60, 60, TimeSpan.FromMinutes(1), 30, 2, 5, (host, clock, store) =>
        {
            var client = new TatsuClient(TatsuSandboxCredentials.GuildmasterKey, Paced(new TatsuClientOptions { BaseAddress = host.GetApiBase("tatsu/v1") }, clock, store));
            return (() => client.Users.GetProfileAsync(TatsuSandboxData.SupporterUserId), client);
        }),
        new("osu! (GET /api/v2/users/{id}, budget = server limit)", 1200, 1200, TimeSpan.FromMinutes(1), 1, 1, 3, (host, clock, store) =>
        {
            var storage = new OsuClientStorage(Paced(
                new OsuClientOptions
                {
                    BaseAddress = host.GetApiBase("osu"),
                    ClientId = OsuSandboxCredentials.ClientId,
                    ClientSecret = OsuSandboxCredentials.ClientSecret,
                    RequestsPerMinute = 1200,
                },
                clock,
                store));
            return (() => storage.AppClient.Users.GetAsync(OsuSandboxSeed.StaffUserId), storage);
        }),
    ];

    private static TopGgClientOptions TopGgOptions(SandboxHost host) => new() { BaseAddress = host.GetApiBase("topgg/api") };

    /// <summary>The clock and store under test, and waits long enough for 64 callers to take turns through several windows.</summary>
    private static T Paced<T>(T options, TimeProvider clock, IRateLimitStore store)
        where T : ApiClientOptions
    {
        options.TimeProvider = clock;
        options.RateLimitStore = store;
        options.MaxRateLimitWait = TimeSpan.FromMinutes(30);
        options.Timeout = TimeSpan.FromMinutes(30);
        return options;
    }

    private static async Task<Utilization> MeasureAsync(LimitedRoute route, int callers, Func<TimeProvider, IRateLimitStore> createStore)
    {
        TimeProvider clock = route.Speed == 1 ? TimeProvider.System : new AcceleratedClock(route.Speed);
        await using var host = await SandboxHost.StartAsync(new SandboxOptions { TimeProvider = clock });
        var (call, client) = route.Connect(host, clock, createStore(clock));
        await using (client)
        {
            var started = clock.GetTimestamp();
            var warmUp = route.Window * route.WarmUpWindows;
            var wanted = (route.Budget * route.MeasuredWindows) + 1;

            // A bound, so a limiter that stalls ends the run instead of hanging it.
            var giveUp = route.Window * (route.WarmUpWindows + (3 * route.MeasuredWindows));
            var answers = new List<TimeSpan>();
            await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
            {
                while (clock.GetElapsedTime(started) < giveUp)
                {
                    await call();
                    var at = clock.GetElapsedTime(started);
                    lock (answers)
                    {
                        if (at >= warmUp)
                        {
                            answers.Add(at);
                        }

                        if (answers.Count >= wanted)
                        {
                            return;
                        }
                    }
                }
            })));

            var refused = (await SandboxRateCount.ReadAllAsync(host.BaseAddress)).Sum(count => count.Refused);
            if (refused > 0 || answers.Count < wanted)
            {
                throw new InvalidOperationException($"{route.Name}: {refused} requests got a 429 and {answers.Count} of {wanted} answers arrived.");
            }

            answers.Sort();
            var took = answers[wanted - 1] - answers[0];
            return new Utilization(wanted - 1, took, route.Limit * (took / route.Window));
        }
    }

    /// <summary>The calls answered in a time, against the calls the server permits in that time.</summary>
    private readonly record struct Utilization(int Used, TimeSpan Took, double Permitted)
    {
        public override string ToString() => string.Create(
            CultureInfo.InvariantCulture,
            $"{Used} in {Took.TotalSeconds:0.0} s / {Permitted:0} = {Used / Permitted:P1}");
    }
}
