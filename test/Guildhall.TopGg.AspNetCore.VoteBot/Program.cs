// A bot as the README shows it: a standalone listener run with `await listener.RunAsync();` and nothing else, so
// stopping it is entirely up to the listener. It listens on a free loopback port and logs where on standard error;
// each vote it handled is one line on standard output, "handled <voter id>", written when the handler finishes.
// Argument: how long the handler takes, in milliseconds, so that deliveries are in flight when a signal arrives.
using System.Globalization;
using Guildhall.TopGg.AspNetCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

var handlerTime = TimeSpan.FromMilliseconds(int.Parse(args[0], CultureInfo.InvariantCulture));

await using var listener = new TopGgWebhookListener(
        "http://127.0.0.1:0",
        options => options.Authorization = "vote-bot-auth",
        services => services.AddLogging(logging => logging
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace)
            .AddFilter("Microsoft", LogLevel.Warning)))
    .MapBotVotes("/dbl")
    .MapWebhooks("/queued", options => options.ProcessingMode = TopGgWebhookProcessingMode.Queued)
    .OnVote(async (vote, _) =>
    {
        // A handler that takes its time and does not give up when the listener stops: the drain must wait for it.
        await Task.Delay(handlerTime, CancellationToken.None).ConfigureAwait(false);
        await Console.Out.WriteLineAsync($"handled {vote.VoterId}").ConfigureAwait(false);
    });
await listener.RunAsync().ConfigureAwait(false);
