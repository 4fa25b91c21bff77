using System.Globalization;
using Guildhall.Cli.Output;
using Guildhall.TopGg.Models;
using static Guildhall.Cli.Output.TableCells;

namespace Guildhall.Cli.Commands.TopGg;

/// <summary>Human-readable tables for <c>guildhall topgg</c> results.</summary>
internal static class TopGgPrinter
{
    public static void Bot(TextWriter output, TopGgBot bot) => TableWriter.WritePairs(output,
    [
        ("id", Id(bot.Id)),
        ("name", bot.Username),
        ("short description", bot.ShortDescription),
        ("prefix", bot.Prefix),
        ("tags", string.Join(", ", bot.Tags)),
        ("owners", string.Join(", ", bot.Owners.Select(Id))),
        ("servers", Number(bot.ServerCount)),
        ("shards", Number(bot.ShardCount)),
        ("votes (month / all)", $"{Number(bot.MonthlyPoints)} / {Number(bot.Points)}"),
        ("reviews", $"{bot.Reviews.AverageScore.ToString("0.##", CultureInfo.InvariantCulture)} from {Number(bot.Reviews.Count)}"),
        ("website", bot.Website),
        ("support", bot.Support),
        ("invite", bot.Invite),
        ("listed since", bot.SubmittedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
    ]);

    public static void Bots(TextWriter output, IReadOnlyList<TopGgBot> bots) => TableWriter.Write(
        output,
        ["id", TableColumn.Text("name"), "servers", "monthly votes", "votes"],
        bots.Select(bot => new[] { Id(bot.Id), bot.Username, Number(bot.ServerCount), Number(bot.MonthlyPoints), Number(bot.Points) }));

    public static void Stats(TextWriter output, TopGgBotStats stats) => TableWriter.WritePairs(output,
    [
        ("servers", Number(stats.ServerCount) ?? "(never posted)"),
        ("shard count", Number(stats.ShardCount)),
        ("per shard", string.Join(", ", stats.Shards.Select(count => Number(count)))),
    ]);

    public static void Voters(TextWriter output, IReadOnlyList<TopGgVoter> voters) => TableWriter.Write(
        output,
        ["id", "username"],
        voters.Select(voter => new[] { Id(voter.Id), voter.Username }));

    public static void User(TextWriter output, TopGgUser user) => TableWriter.WritePairs(output,
    [
        ("id", Id(user.Id)),
        ("name", user.Username),
        ("bio", user.Bio),
        ("supporter", user.IsSupporter ? "yes" : "no"),
        ("certified developer", user.IsCertifiedDeveloper ? "yes" : "no"),
    ]);

    public static void Project(TextWriter output, TopGgProject project) => TableWriter.WritePairs(output,
    [
        ("id", Id(project.Id)),
        ("name", project.Name),
        ("type", $"{project.Type} on {project.Platform}"),
        ("platform id", project.PlatformId is { } platformId ? Id(platformId) : null),
        ("headline", project.Headline),
        ("tags", string.Join(", ", project.Tags)),
        ("votes (current / all)", $"{Number(project.Votes)} / {Number(project.VotesTotal)}"),
        ("reviews", $"{project.ReviewScore.ToString("0.##", CultureInfo.InvariantCulture)} from {Number(project.ReviewCount)}"),
    ]);

    public static void Votes(TextWriter output, IReadOnlyList<TopGgVote> votes) => TableWriter.Write(
        output,
        ["voted at", "top.gg user", "discord user", "weight", "lasts"],
        votes.Select(vote => new[] { Time(vote.CreatedAt), Id(vote.UserId), vote.PlatformId is { } id ? Id(id) : null, Number(vote.Weight), Hours(vote.ExpiresAt - vote.CreatedAt) }));

    public static void UserVote(TextWriter output, TopGgUserVote vote) => TableWriter.WritePairs(output,
    [
        ("voted at", Time(vote.CreatedAt)),
        ("expires", Time(vote.ExpiresAt)),
        ("weight", Number(vote.Weight)),
    ]);

    public static void Announcement(TextWriter output, TopGgAnnouncement announcement) => TableWriter.WritePairs(output,
    [
        ("title", announcement.Title),
        ("category", announcement.Category == TopGgAnnouncementCategory.Unknown ? null : announcement.Category.ToString()),
        ("posted at", announcement.CreatedAt is { } at ? Time(at) : null),
    ]);

    // How long a vote counts, rather than a second timestamp, so a row of votes fits 80 columns (the JSON has expires_at).
    private static string Hours(TimeSpan span) => span.TotalHours.ToString("0.#", CultureInfo.InvariantCulture) + " h";
}
