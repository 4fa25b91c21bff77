using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Guildhall.Cli.Output;
using Guildhall.TopGg.Json;
using Guildhall.TopGg.Models;

namespace Guildhall.Cli.Commands.TopGg;

/// <summary>The v1 subcommands, all on the token's own project.</summary>
internal static class TopGgProjectCommands
{
    public static Command Project(TopGgCommandContext context)
    {
        return context.Show(
            new Command("project", "Show the token's project (GET /v1/projects/@me)."),
            (topgg, _, cancellationToken) => topgg.Project.GetAsync(cancellationToken),
            TopGgJson.TypeInfo<TopGgProject>(),
            TopGgPrinter.Project);
    }

    public static Command EditProject(TopGgCommandContext context)
    {
        var headline = new Option<string[]>("--headline") { Description = "A headline as locale=text, for example en=\"A great bot\"; repeat per locale." };
        var content = new Option<string[]>("--content") { Description = "Page text (Markdown) as locale=text; repeat per locale." };
        var command = new Command("edit-project", "Change the project's headline and page text (PATCH /v1/projects/@me).") { headline, content };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            var update = new TopGgProjectUpdate
            {
                Headline = TopGgBotCommands.ParsePairs(parse.GetValue(headline) ?? [], "--headline"),
                Content = TopGgBotCommands.ParsePairs(parse.GetValue(content) ?? [], "--content"),
            };
            await using var topgg = context.CreateClient(parse);
            await topgg.Project.UpdateAsync(update, cancellationToken).ConfigureAwait(false);
            context.WriteDone(parse, $"Updated {update.Headline.Count} headline(s) and {update.Content.Count} page text(s).");
        });
        return command;
    }

    public static Command ProjectVotes(TopGgCommandContext context)
    {
        var since = new Option<DateTimeOffset?>("--since") { Description = "The earliest vote, ISO 8601 (at most a year back). Default: 7 days ago." };
        var max = new Option<int>("--max") { Description = "Stop after this many votes.", DefaultValueFactory = _ => 1000 };
        var command = new Command("project-votes", "List the project's votes since a date, oldest first (GET /v1/projects/@me/votes, cursor paged).") { since, max };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            await using var topgg = context.CreateClient(parse);
            var start = parse.GetValue(since) ?? TimeProvider.System.GetUtcNow().AddDays(-7);
            var votes = await PagedReader.ReadAsync(topgg.Project.ListVotesAsync(start, cancellationToken), parse.GetValue(max), "votes", cancellationToken).ConfigureAwait(false);

            context.Write(parse, votes, TopGgJson.TypeInfo<IReadOnlyList<TopGgVote>>(), TopGgPrinter.Votes);
        });
        return command;
    }

    public static Command Vote(TopGgCommandContext context)
    {
        var user = new Argument<ulong>("user-id") { Description = "The user's id." };
        var source = new Option<string>("--source") { Description = "What kind of id user-id is: discord or topgg.", DefaultValueFactory = _ => "discord" };
        source.AcceptOnlyFromAmong("discord", "topgg");
        var command = new Command("vote", "Show a user's vote in the last 12 hours (GET /v1/projects/@me/votes/{user_id}).") { user, source };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            await using var topgg = context.CreateClient(parse);
            var kind = parse.GetValue(source) == "topgg" ? TopGgUserSource.TopGg : TopGgUserSource.Discord;
            var vote = await topgg.Project.GetVoteAsync(parse.GetValue(user), kind, cancellationToken).ConfigureAwait(false);
            if (vote is null)
            {
                // Top.gg answers the same 404 for "no vote" and "no such user"; v0's vote check tells a Discord id's two apart.
                if (kind == TopGgUserSource.Discord && !await IsKnownAsync(topgg, parse.GetValue(user), cancellationToken).ConfigureAwait(false))
                {
                    throw new CommandException(
                        $"Top.gg knows no user with the Discord id {parse.GetValue(user)}: check the id (a Top.gg id needs --source topgg).", CommandFailure.Failed);
                }

                Console.Out.WriteLine(parse.GetValue(context.Api.Json)
                    ? "null"
                    : $"{parse.GetValue(user)} has no vote in the last 12 hours{(kind == TopGgUserSource.TopGg ? " (or is not a Top.gg user id)" : "")}.");
                return;
            }

            context.Write(parse, vote, TopGgJson.TypeInfo<TopGgUserVote>(), TopGgPrinter.UserVote);
        });
        return command;
    }

    public static Command Commands(TopGgCommandContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "A JSON array of Discord application commands, as Discord's API returns them." };
        var command = new Command("commands", "Replace the project's command list (/v1/projects/@me/commands).") { file };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            var commands = await ReadJsonFileAsync(parse.GetValue(file)!, TopGgJson.TypeInfo<IReadOnlyList<System.Text.Json.JsonElement>>(), cancellationToken).ConfigureAwait(false);
            await using var topgg = context.CreateClient(parse);
            await topgg.Project.UpdateCommandsAsync(commands, cancellationToken).ConfigureAwait(false);
            context.WriteDone(parse, $"Sent {commands.Count} command(s).");
        });
        return command;
    }

    public static Command Announce(TopGgCommandContext context)
    {
        var title = new Option<string>("--title") { Description = "The title, 3 to 100 characters.", Required = true };
        var content = new Option<string>("--content") { Description = "The text, 10 to 2,000 characters.", Required = true };
        var category = new Option<string?>("--category") { Description = "announcement, event or new_feature." };
        category.AcceptOnlyFromAmong("announcement", "event", "new_feature");
        var command = new Command("announce", "Post an announcement on the project's page, at most one per 4 hours (POST /v1/projects/@me/announcements).") { title, content, category };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            var announcement = new TopGgNewAnnouncement
            {
                Title = parse.GetValue(title)!,
                Content = parse.GetValue(content)!,
                Category = parse.GetValue(category) switch
                {
                    "announcement" => TopGgAnnouncementCategory.Announcement,
                    "event" => TopGgAnnouncementCategory.Event,
                    "new_feature" => TopGgAnnouncementCategory.NewFeature,
                    _ => TopGgAnnouncementCategory.Unknown,
                },
            };
            await using var topgg = context.CreateClient(parse);
            var posted = await topgg.Project.PostAnnouncementAsync(announcement, cancellationToken).ConfigureAwait(false);
            context.Write(parse, posted, TopGgJson.TypeInfo<TopGgAnnouncement>(), TopGgPrinter.Announcement);
        });
        return command;
    }

    public static Command Metrics(TopGgCommandContext context)
    {
        var servers = new Option<long?>("--servers") { Description = "A bot's server count." };
        var shards = new Option<int?>("--shards") { Description = "A bot's shard count." };
        var members = new Option<long?>("--members") { Description = "A server's member count." };
        var online = new Option<long?>("--online") { Description = "A server's online member count." };
        var players = new Option<long?>("--players") { Description = "A game's player count." };
        var command = new Command("metrics", "Update the project's live numbers (PATCH /v1/projects/@me/metrics).") { servers, shards, members, online, players };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            var metrics = new TopGgMetrics
            {
                ServerCount = parse.GetValue(servers),
                ShardCount = parse.GetValue(shards),
                MemberCount = parse.GetValue(members),
                OnlineCount = parse.GetValue(online),
                PlayerCount = parse.GetValue(players),
            };
            await using var topgg = context.CreateClient(parse);
            await topgg.Project.UpdateMetricsAsync(metrics, cancellationToken).ConfigureAwait(false);
            context.WriteDone(parse, "Metrics updated.");
        });
        return command;
    }

    public static Command MetricsBatch(TopGgCommandContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "A JSON array of {\"timestamp\": ISO 8601, \"metrics\": {\"server_count\": …}} entries (1 to 100)." };
        var command = new Command("metrics-batch", "Post timestamped metrics at once (POST /v1/projects/@me/metrics/batch).") { file };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            var entries = await ReadJsonFileAsync(parse.GetValue(file)!, TopGgJson.TypeInfo<IReadOnlyList<TopGgMetricsEntry>>(), cancellationToken).ConfigureAwait(false);
            await using var topgg = context.CreateClient(parse);
            await topgg.Project.PostMetricsBatchAsync(entries, cancellationToken).ConfigureAwait(false);
            context.WriteDone(parse, string.Create(CultureInfo.InvariantCulture, $"Posted {entries.Count} metrics entries."));
        });
        return command;
    }

    private static async Task<T> ReadJsonFileAsync<T>(FileInfo file, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        try
        {
            var stream = file.OpenRead();
            await using (stream.ConfigureAwait(false))
            {
                return await JsonSerializer.DeserializeAsync(stream, typeInfo, cancellationToken).ConfigureAwait(false)
                    ?? throw new FormatException($"{file.Name} holds JSON null.");
            }
        }
        catch (JsonException exception)
        {
            throw new FormatException($"{file.Name} is not the JSON expected: {exception.Message}", exception);
        }
        catch (IOException exception)
        {
            throw new ArgumentException($"{file.FullName} cannot be read: {exception.Message}", exception);
        }
    }

    private static async Task<bool> IsKnownAsync(Guildhall.TopGg.TopGgClient topgg, ulong discordId, CancellationToken cancellationToken)
    {
        try
        {
            await topgg.Bots.HasVotedAsync(discordId, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Guildhall.Core.Errors.ApiNotFoundException)
        {
            return false;
        }
    }
}
