using System.Globalization;
using Guildhall.TopGg.AspNetCore;
using Guildhall.TopGg.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Guildhall.Redis.Worker;

/// <summary>
/// One vote receiver of a bot run as several instances: Kestrel on a free loopback port, deliveries deduplicated in
/// Redis (or in its own memory with <c>--local-dedupe</c>). Prints <c>listening &lt;url&gt;</c>, then <c>handled &lt;voter&gt;</c>
/// for each vote its handler ran for, until standard input closes or the process is killed.
/// </summary>
internal static class VoteReceiver
{
    public static async Task<string> RunAsync(WorkerArguments arguments)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(arguments.Require("redis")).ConfigureAwait(false);
        var authorization = arguments.Require("auth");
        var local = arguments.Flag("local-dedupe");
        await using var listener = new TopGgWebhookListener(
                "http://127.0.0.1:0",
                options => options.Authorization = authorization,
                services =>
                {
                    if (!local)
                    {
                        services.AddSingleton<IVoteDeduplicator>(new RedisVoteDeduplicator(redis, new RedisVoteDeduplicatorOptions { KeyPrefix = arguments.Require("prefix") }));
                    }
                })
            .MapWebhooks("/dbl")
            .OnVote((vote, _) =>
            {
                Console.Out.WriteLine("handled " + vote.VoterId.ToString(CultureInfo.InvariantCulture));
                return ValueTask.CompletedTask;
            });
        await listener.StartAsync().ConfigureAwait(false);
        await Console.Out.WriteLineAsync("listening " + new Uri(listener.Addresses[0], "/dbl").AbsoluteUri).ConfigureAwait(false);
        await Console.In.ReadToEndAsync().ConfigureAwait(false);
        await listener.StopAsync().ConfigureAwait(false);
        return "stopped";
    }
}
