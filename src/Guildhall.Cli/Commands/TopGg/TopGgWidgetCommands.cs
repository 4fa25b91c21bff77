using System.CommandLine;
using System.Globalization;
using Guildhall.Cli.Output;
using Guildhall.TopGg.Autopost;
using Guildhall.TopGg.Models;
using Guildhall.TopGg.Widgets;

namespace Guildhall.Cli.Commands.TopGg;

/// <summary>The subcommands around a bot's listing that are not one API call: its widget images and a one-off autopost.</summary>
internal static class TopGgWidgetCommands
{
    /// <summary>The widgets <c>--type</c> accepts, by the name the command line uses.</summary>
    private static readonly string[] WidgetNames = ["large", "status", "servers", "lib", "upvotes", "owner", "v1-large", "v1-votes", "v1-owner", "v1-social"];

    public static Command Widget(TopGgCommandContext context)
    {
        var id = new Argument<ulong>("bot-id") { Description = "The bot's id." };
        var type = new Option<string?>("--type") { Description = "One widget: large, status, servers, lib, upvotes, owner, v1-large, v1-votes, v1-owner or v1-social (default: all of them)." };
        type.AcceptOnlyFromAmong(WidgetNames);
        var format = new Option<TopGgWidgetFormat>("--format") { Description = "The image format of the legacy widgets: Svg or Png.", DefaultValueFactory = _ => TopGgWidgetFormat.Svg };
        var noAvatar = new Option<bool>("--no-avatar") { Description = "Leave the bot's avatar out of the legacy small widgets." };
        var command = new Command("widget", "Print a bot's widget image addresses (nothing is sent; no token needed).") { id, type, format, noAvatar };
        CommandRunner.SetAction(command, (parse, _) =>
        {
            var widgets = new TopGgWidgets(context.Api.GetBaseUri(parse));
            var small = new TopGgSmallWidgetOptions { NoAvatar = parse.GetValue(noAvatar) };
            var (botId, imageFormat) = (parse.GetValue(id), parse.GetValue(format));
            var chosen = parse.GetValue(type) is { } one ? [one] : WidgetNames;
            IReadOnlyList<WidgetUrlAnswer> urls =
            [
                .. chosen.Select(name => new WidgetUrlAnswer(name, UrlOf(widgets, name, botId, imageFormat, small).AbsoluteUri)),
            ];
            context.Write(parse, urls, CliJsonContext.Default.IReadOnlyListWidgetUrlAnswer, PrintUrls);
            return Task.CompletedTask;
        });
        return command;
    }

    public static Command Autopost(TopGgCommandContext context)
    {
        var counts = new StatsUpdateOptions();
        var once = new Option<bool>("--once") { Description = "Post once and exit (required: a bot keeps posting with the autoposter's hosted service)." };
        var command = counts.AddTo(new Command("autopost", "Post the token's bot's server count once through the autoposter, as a bot's first post goes.") { once });
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            if (!parse.GetValue(once))
            {
                throw new ArgumentException("autopost posts once from the command line: pass --once (a bot keeps posting with AddTopGgAutoposter).");
            }

            var update = counts.Build(parse);
            await using var topgg = context.CreateClient(parse);
            var outcome = new TaskCompletionSource<TopGgAutopostSucceededEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
            var autoposter = new TopGgAutoposter(topgg, new TopGgAutoposterOptions
            {
                StatsProvider = _ => ValueTask.FromResult<TopGgStatsUpdate?>(update),
                LoggerFactory = CommandProgress.Current?.LoggerFactory,
            });
            await using (autoposter.ConfigureAwait(false))
            {
                autoposter.Posted += (_, posted) => outcome.TrySetResult(posted);
                // The autoposter would retry at its next interval; one run reports the first failure as it is.
                autoposter.Failed += (_, failed) => outcome.TrySetException(failed.Exception);
                await autoposter.StartAsync(cancellationToken).ConfigureAwait(false);
                var posted = await outcome.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
                var answer = new AutopostAnswer(
                    topgg.BotId.ToString(CultureInfo.InvariantCulture), posted.Stats.ServerCount ?? 0, posted.Stats.ShardId, posted.Stats.ShardCount, posted.PostedAt);
                context.Write(parse, answer, CliJsonContext.Default.AutopostAnswer, PrintPosted);
            }
        });
        return command;
    }

    private static Uri UrlOf(TopGgWidgets widgets, string name, ulong botId, TopGgWidgetFormat format, TopGgSmallWidgetOptions small) => name switch
    {
        "large" => widgets.Large(botId, format),
        "status" => widgets.Small(TopGgSmallWidgetType.Status, botId, format, small),
        "servers" => widgets.Small(TopGgSmallWidgetType.Servers, botId, format, small),
        "lib" => widgets.Small(TopGgSmallWidgetType.Library, botId, format, small),
        "upvotes" => widgets.Small(TopGgSmallWidgetType.Upvotes, botId, format, small),
        "owner" => widgets.Small(TopGgSmallWidgetType.Owner, botId, format, small),
        "v1-large" => widgets.LargeV1(TopGgPlatform.Discord, TopGgProjectType.Bot, botId),
        "v1-votes" => widgets.SmallV1(TopGgV1SmallWidgetType.Votes, TopGgPlatform.Discord, TopGgProjectType.Bot, botId),
        "v1-owner" => widgets.SmallV1(TopGgV1SmallWidgetType.Owner, TopGgPlatform.Discord, TopGgProjectType.Bot, botId),
        "v1-social" => widgets.SmallV1(TopGgV1SmallWidgetType.Social, TopGgPlatform.Discord, TopGgProjectType.Bot, botId),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a widget."),
    };

    private static void PrintUrls(TextWriter output, IReadOnlyList<WidgetUrlAnswer> urls)
    {
        var width = urls.Max(url => url.Widget.Length);
        foreach (var url in urls)
        {
            output.WriteLine($"{url.Widget.PadRight(width)}  {url.Url}");
        }
    }

    private static void PrintPosted(TextWriter output, AutopostAnswer answer)
    {
        var shards = answer.ShardId is { } shard ? $" on shard {shard.ToString(CultureInfo.InvariantCulture)}" : "";
        var of = answer.ShardCount is { } count ? $" ({count.ToString(CultureInfo.InvariantCulture)} shards)" : "";
        output.WriteLine($"Autoposted {answer.ServerCount.ToString(CultureInfo.InvariantCulture)} servers{shards}{of} for bot {answer.BotId}.");
    }
}
