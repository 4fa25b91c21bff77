using System.CommandLine;
using System.Globalization;
using Guildhall.Cli.Output;
using Guildhall.TopGg.Autopost;
using Guildhall.TopGg.Models;

namespace Guildhall.Cli.Commands.TopGg;

/// <summary>
/// <c>guildhall topgg autopost</c>: the server count posted through <c>TopGgAutoposter</c>, once (<c>--once</c>) or every
/// interval until stopped, for a bot that is not written in .NET, or an operator's machine standing in for one.
/// </summary>
internal static class TopGgAutopostCommand
{
    public static Command Create(TopGgCommandContext context)
    {
        var counts = new StatsUpdateOptions();
        var once = new Option<bool>("--once") { Description = "Post once and exit, reporting the first failure (otherwise: post every --interval until Ctrl+C)." };
        var interval = new Option<double>("--interval")
        {
            Description = $"Minutes between posts (at least {TopGgAutoposterOptions.MinimumInterval.TotalMinutes:0}).",
            DefaultValueFactory = _ => TopGgAutoposterOptions.DefaultInterval.TotalMinutes,
        };
        var countFile = new Option<FileInfo?>("--count-file")
        {
            Description = "Read the counts from this file before every post: the server count, or every shard's count comma-separated (your bot keeps it up to date).",
        };
        var command = counts.AddTo(new Command("autopost", "Post the token's bot's server count through the autoposter: once, or every interval until stopped.") { once, interval, countFile });
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            var provider = StatsProvider(counts, parse, parse.GetValue(countFile));
            await using var topgg = context.CreateClient(parse);
            var options = new TopGgAutoposterOptions
            {
                StatsProvider = provider,
                Interval = TimeSpan.FromMinutes(parse.GetValue(interval)),
                LoggerFactory = CommandProgress.Current?.LoggerFactory,
            };
            var botId = topgg.BotId.ToString(CultureInfo.InvariantCulture);
            var autoposter = new TopGgAutoposter(topgg, options);
            await using (autoposter.ConfigureAwait(false))
            {
                if (parse.GetValue(once))
                {
                    await PostOnceAsync(context, parse, autoposter, botId, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await PostUntilStoppedAsync(context, parse, autoposter, botId, options.Interval, cancellationToken).ConfigureAwait(false);
                }
            }
        });
        return command;
    }

    /// <summary>The counts of the command line, or of the file read afresh before each post.</summary>
    private static Func<CancellationToken, ValueTask<TopGgStatsUpdate?>> StatsProvider(StatsUpdateOptions counts, ParseResult parse, FileInfo? file)
    {
        if (file is null)
        {
            var update = counts.Given(parse) ? counts.Build(parse) : throw new ArgumentException("Give a server count, --shards, or --count-file.");
            return _ => ValueTask.FromResult<TopGgStatsUpdate?>(update);
        }

        if (counts.Given(parse))
        {
            throw new ArgumentException("Give the counts on the command line or with --count-file, not both.");
        }

        return async cancellationToken =>
        {
            string text;
            try
            {
                text = await File.ReadAllTextAsync(file.FullName, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new InvalidOperationException($"--count-file {file.FullName} cannot be read: {exception.Message}", exception);
            }

            return StatsUpdateOptions.Parse(text, $"--count-file {file.FullName}");
        };
    }

    /// <summary>One post; the autoposter would retry a failure at its next interval, so the first one is reported as it is.</summary>
    private static async Task PostOnceAsync(TopGgCommandContext context, ParseResult parse, TopGgAutoposter autoposter, string botId, CancellationToken cancellationToken)
    {
        var outcome = new TaskCompletionSource<TopGgAutopostSucceededEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        autoposter.Posted += (_, posted) => outcome.TrySetResult(posted);
        autoposter.Failed += (_, failed) => outcome.TrySetException(failed.Exception);
        await autoposter.StartAsync(cancellationToken).ConfigureAwait(false);
        var posted = await outcome.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        context.Write(parse, Answer(botId, posted), CliJsonContext.Default.AutopostAnswer, PrintPosted);
    }

    /// <summary>
    /// Posts every interval until Ctrl+C or SIGTERM (exit code 0): a line per post on standard output, a line per failure on
    /// standard error (the autoposter tries again when it says, backing off on a rejected token), never an exit on one.
    /// </summary>
    private static async Task PostUntilStoppedAsync(
        TopGgCommandContext context, ParseResult parse, TopGgAutoposter autoposter, string botId, TimeSpan interval, CancellationToken cancellationToken)
    {
        autoposter.Posted += (_, posted) => context.WriteLine(parse, Answer(botId, posted), CliJsonContext.Default.AutopostAnswer, PrintPosted);
        autoposter.Failed += (_, failed) => Console.Error.WriteLine(
            $"error: {CommandFailure.Describe(failed.Exception, parse, null, cancellationToken).Message.ReplaceLineEndings(" ")} " +
            $"(trying again at {failed.NextAttemptAt.ToLocalTime().ToString("HH:mm:ss", CultureInfo.InvariantCulture)})");
        CommandProgress.Current?.StopSpinner();
        Console.Error.WriteLine($"Posting bot {botId}'s server count every {interval.TotalMinutes.ToString(CultureInfo.InvariantCulture)} minutes. Press Ctrl+C to stop.");
        await autoposter.StartAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped by the user: the autoposter stops as it is disposed, and the run ends well.
        }
    }

    private static AutopostAnswer Answer(string botId, TopGgAutopostSucceededEventArgs posted) =>
        new(botId, posted.Stats.ServerCount ?? 0, posted.Stats.ShardId, posted.Stats.ShardCount, posted.PostedAt);

    private static void PrintPosted(TextWriter output, AutopostAnswer answer)
    {
        var shards = answer.ShardId is { } shard ? $" on shard {shard.ToString(CultureInfo.InvariantCulture)}" : "";
        var of = answer.ShardCount is { } count ? $" ({count.ToString(CultureInfo.InvariantCulture)} shards)" : "";
        output.WriteLine($"Autoposted {answer.ServerCount.ToString(CultureInfo.InvariantCulture)} servers{shards}{of} for bot {answer.BotId}.");
    }
}
