using System.CommandLine;
using Guildhall.Cli.Output;
using Guildhall.Osu;
using Guildhall.Osu.Models;
using Guildhall.Osu.Queries;

namespace Guildhall.Cli.Commands.Osu;

/// <summary>
/// <c>guildhall osu news|changelog|wiki|comments|packs|discussions|replay</c>: the site's content and the beatmap
/// community, read through the client's sub-clients (lists walk their pages up to <c>--limit</c>).
/// </summary>
internal static class OsuContentCommands
{
    public static IEnumerable<Command> Create(OsuCommandOptions options) =>
        [News(options), Changelog(options), Wiki(options), Comments(options), Packs(options), Discussions(options), Replay(options)];

    private static Command News(OsuCommandOptions options)
    {
        var post = new Argument<string?>("post") { Description = "A post's slug or id to show (omit to list).", Arity = ArgumentArity.ZeroOrOne };
        var year = new Option<int?>("--year") { Description = "Only this year's posts." };
        var limit = OsuCommands.LimitOption(12);
        var command = new Command("news", "List news posts, or show one.") { post, year, limit };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            await using var storage = options.CreateStorage(parse);
            var osu = await options.ClientAsync(storage, parse, cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(post) is { } wanted)
            {
                var found = long.TryParse(wanted, out var id)
                    ? await osu.News.GetAsync(id, cancellationToken).ConfigureAwait(false)
                    : await osu.News.GetAsync(wanted, cancellationToken).ConfigureAwait(false);
                OsuCommands.Write(options, parse, found, OsuContentPrinter.NewsPost);
                return;
            }

            var posts = await PagedReader.ReadAsync(osu.News.ListAsync(parse.GetValue(year), cancellationToken: cancellationToken), parse.GetValue(limit), cancellationToken).ConfigureAwait(false);
            OsuCommands.Write(options, parse, posts, OsuContentPrinter.News);
        });
        return command;
    }

    private static Command Changelog(OsuCommandOptions options)
    {
        var build = new Argument<string?>("build") { Description = "A version, or a stream name for its latest build (omit to list).", Arity = ArgumentArity.ZeroOrOne };
        var stream = new Option<string?>("--stream") { Description = "Only this stream's builds (stable40, lazer, web...)." };
        var limit = OsuCommands.LimitOption(21);
        var command = new Command("changelog", "List builds with their changes, or show one build's changes.") { build, stream, limit };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            await using var storage = options.CreateStorage(parse);
            var osu = await options.ClientAsync(storage, parse, cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(build) is { } version)
            {
                var found = parse.GetValue(stream) is { } name
                    ? await osu.Changelog.GetBuildAsync(name, version, cancellationToken).ConfigureAwait(false)
                    : await osu.Changelog.LookupBuildAsync(version, cancellationToken).ConfigureAwait(false);
                OsuCommands.Write(options, parse, found, OsuContentPrinter.Build);
                return;
            }

            var builds = await PagedReader.ReadAsync(osu.Changelog.ListBuildsAsync(parse.GetValue(stream), cancellationToken), parse.GetValue(limit), cancellationToken).ConfigureAwait(false);
            OsuCommands.Write(options, parse, builds, OsuContentPrinter.Builds);
        });
        return command;
    }

    private static Command Wiki(OsuCommandOptions options)
    {
        var path = new Argument<string>("path") { Description = "The page's path, for example Main_page or People/Beatmap_Nominators." };
        var locale = new Option<string>("--locale") { Description = "The language (default en).", DefaultValueFactory = _ => "en" };
        var command = new Command("wiki", "Show a wiki page's markdown.") { path, locale };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            await using var storage = options.CreateStorage(parse);
            var osu = await options.ClientAsync(storage, parse, cancellationToken).ConfigureAwait(false);
            OsuCommands.Write(options, parse, await osu.Wiki.GetAsync(parse.GetValue(path)!, parse.GetValue(locale)!, cancellationToken).ConfigureAwait(false), OsuContentPrinter.Wiki);
        });
        return command;
    }

    private static Command Comments(OsuCommandOptions options)
    {
        var on = new Option<string?>("--on") { Description = "What the comments are on: beatmapset, build or news_post (with --id)." };
        on.AcceptOnlyFromAmong("beatmapset", "build", "news_post");
        var id = new Option<long?>("--id") { Description = "The id of what the comments are on." };
        var sort = new Option<string>("--sort") { Description = "new, old or top.", DefaultValueFactory = _ => "new" };
        sort.AcceptOnlyFromAmong("new", "old", "top");
        var comment = new Option<long?>("--comment") { Description = "Show this comment and its replies instead." };
        var limit = OsuCommands.LimitOption(20);
        var command = new Command("comments", "List comments (the latest, or those on a beatmapset, build or news post).") { on, id, sort, comment, limit };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            await using var storage = options.CreateStorage(parse);
            var osu = await options.ClientAsync(storage, parse, cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(comment) is { } commentId)
            {
                var bundle = await osu.Comments.GetAsync(commentId, cancellationToken).ConfigureAwait(false);
                OsuCommands.Write(options, parse, bundle, (output, value) => OsuContentPrinter.Comments(output, [.. value.Comments, .. value.IncludedComments]));
                return;
            }

            var query = new CommentsQuery
            {
                CommentableType = parse.GetValue(on) switch { "beatmapset" => CommentableType.Beatmapset, "build" => CommentableType.Build, "news_post" => CommentableType.NewsPost, _ => null },
                CommentableId = parse.GetValue(id),
                Sort = parse.GetValue(sort) switch { "old" => CommentSort.Oldest, "top" => CommentSort.Top, _ => CommentSort.Newest },
                PageSize = Math.Clamp(parse.GetValue(limit), 1, 100),
            };
            var comments = await PagedReader.ReadAsync(osu.Comments.ListAsync(query, cancellationToken), parse.GetValue(limit), cancellationToken).ConfigureAwait(false);
            OsuCommands.Write(options, parse, comments, OsuContentPrinter.Comments);
        });
        return command;
    }

    private static Command Packs(OsuCommandOptions options)
    {
        var tag = new Argument<string?>("tag") { Description = "A pack's tag to show (omit to list), for example S1.", Arity = ArgumentArity.ZeroOrOne };
        var type = new Option<string>("--type") { Description = "standard, featured, tournament, loved, chart, theme or artist.", DefaultValueFactory = _ => "standard" };
        type.AcceptOnlyFromAmong("standard", "featured", "tournament", "loved", "chart", "theme", "artist");
        var limit = OsuCommands.LimitOption(20);
        var command = new Command("packs", "List beatmap packs of a kind, or show one.") { tag, type, limit };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            await using var storage = options.CreateStorage(parse);
            var osu = await options.ClientAsync(storage, parse, cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(tag) is { } wanted)
            {
                OsuCommands.Write(options, parse, await osu.BeatmapPacks.GetAsync(wanted, cancellationToken: cancellationToken).ConfigureAwait(false), OsuContentPrinter.Pack);
                return;
            }

            var packType = Enum.Parse<BeatmapPackType>(parse.GetValue(type)!, ignoreCase: true);
            var packs = await PagedReader.ReadAsync(osu.BeatmapPacks.ListAsync(packType, cancellationToken), parse.GetValue(limit), cancellationToken).ConfigureAwait(false);
            OsuCommands.Write(options, parse, packs, OsuContentPrinter.Packs);
        });
        return command;
    }

    private static Command Discussions(OsuCommandOptions options)
    {
        var set = new Option<long?>("--beatmapset") { Description = "Only this beatmapset's discussions (or events)." };
        var user = new Option<long?>("--user") { Description = "Only those started (or caused) by this user." };
        var unresolved = new Option<bool>("--unresolved") { Description = "Only unresolved problems and suggestions." };
        var events = new Option<bool>("--events") { Description = "List the beatmapset events (nominations, qualifications...) instead." };
        var limit = OsuCommands.LimitOption(20);
        var command = new Command("discussions", "List beatmapset discussions, or beatmapset events.") { set, user, unresolved, events, limit };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            await using var storage = options.CreateStorage(parse);
            var osu = await options.ClientAsync(storage, parse, cancellationToken).ConfigureAwait(false);
            var count = parse.GetValue(limit);
            var pageSize = Math.Clamp(count, 5, 50);
            if (parse.GetValue(events))
            {
                var query = new BeatmapsetEventsQuery { BeatmapsetId = parse.GetValue(set), UserId = parse.GetValue(user), PageSize = pageSize };
                OsuCommands.Write(options, parse, await PagedReader.ReadAsync(osu.Discussions.ListEventsAsync(query, cancellationToken), count, cancellationToken).ConfigureAwait(false), OsuContentPrinter.Events);
                return;
            }

            var discussions = new DiscussionsQuery { BeatmapsetId = parse.GetValue(set), UserId = parse.GetValue(user), OnlyUnresolved = parse.GetValue(unresolved), PageSize = pageSize };
            OsuCommands.Write(options, parse, await PagedReader.ReadAsync(osu.Discussions.ListAsync(discussions, cancellationToken), count, cancellationToken).ConfigureAwait(false), OsuContentPrinter.Discussions);
        });
        return command;
    }

    private static Command Replay(OsuCommandOptions options)
    {
        var score = new Argument<long>("score-id") { Description = "The score's id (its lazer id, or its legacy id with --mode)." };
        var mode = OsuCommands.ModeOption();
        mode.Description = "The mode of a legacy (stable) score id; omit for a lazer score id.";
        var output = new Option<FileInfo>("--out") { Description = "The .osr file to write.", Required = true };
        var command = new Command("replay", "Download a score's replay to an .osr file.") { score, mode, output };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            await using var storage = options.CreateStorage(parse);
            var osu = await options.ClientAsync(storage, parse, cancellationToken).ConfigureAwait(false);
            var id = parse.GetValue(score);
            await using var replay = OsuCommands.ParseMode(parse.GetValue(mode)) is { } gameMode
                ? await osu.Replays.DownloadLegacyAsync(gameMode, id, cancellationToken).ConfigureAwait(false)
                : await osu.Replays.DownloadAsync(id, cancellationToken).ConfigureAwait(false);
            var file = parse.GetValue(output)!;
            await using (var target = file.Create())
            {
                await replay.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
            }

            var saved = new ReplaySavedAnswer(file.FullName, replay.Length);
            if (options.Json(parse))
            {
                JsonOutput.Write(Console.Out, saved, CliJsonContext.Default.ReplaySavedAnswer);
            }
            else
            {
                OsuContentPrinter.Saved(Console.Out, saved);
            }
        });
        return command;
    }
}
