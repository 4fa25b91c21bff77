using Guildhall.TopGg.AspNetCore;

namespace Guildhall.Benchmarks.TopGg;

/// <summary>
/// <c>receiver bare|listener [urls]</c>: one of the vote receivers <c>bench/wrk.sh</c> loads, serving
/// <c>/dbl</c> until SIGTERM or Ctrl+C, with the credentials the load script sends. <c>bare</c> is
/// <see cref="BareVoteEndpoint"/>; <c>listener</c> is a <see cref="TopGgWebhookListener"/> with an inline handler
/// that counts the votes and reports the count on stderr when it stops. Both report on stderr, when they stop, the bytes
/// the process allocated and its garbage collections, which bench/wrk.sh divides by the votes it sent.
/// </summary>
internal static class VoteReceiverRun
{
    /// <summary>The legacy <c>Authorization</c> value bench/wrk/votes.lua sends.</summary>
    public const string Authorization = "bench-legacy-auth";

    /// <summary>The V2 secret bench/wrk/votes.lua signs with.</summary>
    public const string Secret = "whs_bench_0123456789abcdef";

    public static async Task<int> RunAsync(string[] args)
    {
        var kind = args.Length > 0 ? args[0] : "";
        var urls = args.Length > 1 ? args[1] : "http://127.0.0.1:5091";
        switch (kind)
        {
            case "bare":
                await using (var app = BareVoteEndpoint.Create(urls, "/dbl", Authorization, Secret))
                {
                    await app.RunAsync();
                }

                await ReportAllocationsAsync();
                return 0;
            case "listener":
                long handled = 0;
                await using (var listener = CountingListener(urls, () => Interlocked.Increment(ref handled)))
                {
                    await listener.RunAsync();
                }

                await Console.Error.WriteLineAsync($"handled {Interlocked.Read(ref handled)} votes");
                await ReportAllocationsAsync();
                return 0;
            default:
                await Console.Error.WriteLineAsync("usage: receiver bare|listener [urls]");
                return 2;
        }
    }

    /// <summary>A listener on <c>/dbl</c> with the load script's credentials and an inline handler that calls <paramref name="counted"/> for each vote.</summary>
    public static TopGgWebhookListener CountingListener(string urls, Action counted) =>
        new TopGgWebhookListener(urls, options =>
            {
                options.Authorization = Authorization;
                options.Secret = Secret;
            })
            .MapBotVotes("/dbl")
            .OnVote((_, _) =>
            {
                counted();
                return ValueTask.CompletedTask;
            });

    private static Task ReportAllocationsAsync() => Console.Error.WriteLineAsync(
        $"allocated {GC.GetTotalAllocatedBytes(precise: true)} gen0 {GC.CollectionCount(0)} gen1 {GC.CollectionCount(1)} gen2 {GC.CollectionCount(2)}");
}
