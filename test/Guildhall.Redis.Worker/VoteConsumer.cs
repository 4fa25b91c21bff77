using System.Globalization;
using StackExchange.Redis;

namespace Guildhall.Redis.Worker;

/// <summary>
/// One vote-handling process: a consumer of the vote stream that prints <c>handling &lt;voter&gt;</c> and, once its handler
/// finished, <c>handled &lt;voter&gt;</c>. With <c>--hang-on &lt;voter&gt;</c> its handler never finishes that vote, so the
/// test can kill the process in the middle of it.
/// </summary>
internal static class VoteConsumer
{
    public static async Task<string> RunAsync(WorkerArguments arguments)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(arguments.Require("redis")).ConfigureAwait(false);
        var hangOn = arguments.Optional("hang-on");
        var prefix = arguments.Require("prefix");
        var options = new RedisVoteStreamOptions
        {
            StreamKey = prefix + "stream",
            DeadLetterStreamKey = prefix + "dead",
            ConsumerName = arguments.Require("name"),
            ClaimIdleTime = TimeSpan.FromMilliseconds(long.Parse(arguments.Require("claim-ms"), CultureInfo.InvariantCulture)),
        };
        var consumer = new RedisVoteStreamConsumer(
            redis,
            async (vote, cancellationToken) =>
            {
                var voter = vote.VoterId.ToString(CultureInfo.InvariantCulture);
                await Console.Out.WriteLineAsync("handling " + voter).ConfigureAwait(false);
                if (voter == hangOn)
                {
                    await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken).ConfigureAwait(false);
                }

                await Console.Out.WriteLineAsync("handled " + voter).ConfigureAwait(false);
            },
            options);
        await Console.Out.WriteLineAsync("consuming").ConfigureAwait(false);
        await consumer.RunAsync(CancellationToken.None).ConfigureAwait(false);
        return "stopped";
    }
}
