using System.Globalization;
using Guildhall.Cli.Output;
using Guildhall.Osu.Models;

namespace Guildhall.Cli.Commands.Osu;

/// <summary>Tables of the osu! content, community and profile-list commands.</summary>
internal static class OsuContentPrinter
{
    public static void News(TextWriter output, IReadOnlyList<NewsPost> posts) => TableWriter.Write(
        output,
        ["id", "published", TableColumn.Text("title"), "slug"],
        posts.Select(post => (IReadOnlyList<string?>)[TableCells.Id(post.Id), Day(post.PublishedAt), post.Title, post.Slug]));

    public static void NewsPost(TextWriter output, NewsPost post) => TableWriter.WritePairs(output,
    [
        ("id", TableCells.Id(post.Id)),
        ("title", post.Title),
        ("author", post.Author),
        ("published", Day(post.PublishedAt)),
        ("newer", post.Navigation?.Newer?.Slug ?? "-"),
        ("older", post.Navigation?.Older?.Slug ?? "-"),
    ]);

    public static void Builds(TextWriter output, IReadOnlyList<ChangelogBuild> builds) => TableWriter.Write(
        output,
        ["id", "released", "stream", "version", "changes"],
        builds.Select(build => (IReadOnlyList<string?>)[TableCells.Id(build.Id), Day(build.CreatedAt), build.Stream?.Name, build.DisplayVersion, build.ChangelogEntries.Count.ToString(CultureInfo.InvariantCulture)]));

    public static void Build(TextWriter output, ChangelogBuild build) => TableWriter.Write(
        output,
        ["type", "category", TableColumn.Text("title")],
        build.ChangelogEntries.Select(entry => (IReadOnlyList<string?>)[entry.Type, entry.Category, entry.Title]));

    public static void Wiki(TextWriter output, WikiPage page)
    {
        output.WriteLine($"{page.Title} ({page.Locale}/{page.Path})");
        output.WriteLine();
        output.WriteLine(page.Markdown);
    }

    public static void Comments(TextWriter output, IReadOnlyList<Comment> comments) => TableWriter.Write(
        output,
        ["id", "date", "on", "votes", "replies", TableColumn.Text("message")],
        comments.Select(comment => (IReadOnlyList<string?>)
        [
            TableCells.Id(comment.Id), Day(comment.CreatedAt), $"{comment.CommentableType} {comment.CommentableId}",
            comment.VotesCount.ToString(CultureInfo.InvariantCulture), comment.RepliesCount.ToString(CultureInfo.InvariantCulture),
            comment.DeletedAt is null ? comment.Message : "(deleted)",
        ]));

    public static void Packs(TextWriter output, IReadOnlyList<BeatmapPack> packs) => TableWriter.Write(
        output,
        ["tag", "date", TableColumn.Text("name"), TableColumn.Text("author")],
        packs.Select(pack => (IReadOnlyList<string?>)[pack.Tag, Day(pack.Date), pack.Name, pack.Author]));

    public static void Pack(TextWriter output, BeatmapPack pack)
    {
        TableWriter.WritePairs(output,
        [
            ("tag", pack.Tag), ("name", pack.Name), ("author", pack.Author), ("date", Day(pack.Date)), ("download", pack.Url),
            ("completed", pack.UserCompletionData is { } completion ? (completion.Completed ? "yes" : $"{completion.BeatmapsetIds.Count} of {pack.Beatmapsets.Count}") : "-"),
        ]);
        output.WriteLine();
        OsuPrinter.Beatmapsets(output, pack.Beatmapsets);
    }

    public static void Discussions(TextWriter output, IReadOnlyList<BeatmapsetDiscussion> discussions) => TableWriter.Write(
        output,
        ["id", "date", "beatmapset", "type", "resolved", TableColumn.Text("first post")],
        discussions.Select(discussion => (IReadOnlyList<string?>)
        [
            TableCells.Id(discussion.Id), Day(discussion.CreatedAt), TableCells.Id(discussion.BeatmapsetId), discussion.MessageType,
            discussion.CanBeResolved ? (discussion.Resolved ? "yes" : "no") : "-", discussion.StartingPost?.Message,
        ]));

    public static void Events(TextWriter output, IReadOnlyList<BeatmapsetEvent> events) => TableWriter.Write(
        output,
        ["id", "date", "type", TableColumn.Text("beatmapset")],
        events.Select(e => (IReadOnlyList<string?>)[TableCells.Id(e.Id), Day(e.CreatedAt), e.TypeName, e.Beatmapset is { } set ? $"{set.Artist} - {set.Title}" : "-"]));

    public static void Friends(TextWriter output, IReadOnlyList<UserRelation> friends) => TableWriter.Write(
        output,
        ["id", "username", "mutual"],
        friends.Select(friend => (IReadOnlyList<string?>)[TableCells.Id(friend.TargetId), friend.Target?.Username, friend.Mutual ? "yes" : "no"]));

    public static void Kudosu(TextWriter output, IReadOnlyList<KudosuHistory> history) => TableWriter.Write(
        output,
        ["date", "action", "amount", "from", TableColumn.Text("post")],
        history.Select(entry => (IReadOnlyList<string?>)[Day(entry.CreatedAt), entry.Action, entry.Amount.ToString(CultureInfo.InvariantCulture), entry.Giver?.Username, entry.Post?.Title]));

    public static void MostPlayed(TextWriter output, IReadOnlyList<BeatmapPlaycount> beatmaps) => TableWriter.Write(
        output,
        ["beatmap", "plays", TableColumn.Text("title")],
        beatmaps.Select(entry => (IReadOnlyList<string?>)
        [
            TableCells.Id(entry.BeatmapId), TableCells.Number(entry.Count),
            entry.Beatmapset is { } set ? $"{set.Artist} - {set.Title} [{entry.Beatmap?.Version}]" : null,
        ]));

    public static void Activity(TextWriter output, IReadOnlyList<ActivityEvent> events) => TableWriter.Write(
        output,
        ["id", "date", "type", "user", TableColumn.Text("about")],
        events.Select(e => (IReadOnlyList<string?>)[TableCells.Id(e.Id), Day(e.CreatedAt), e.TypeName, e.User?.Username, e.Beatmap?.Title ?? e.Beatmapset?.Title ?? e.Achievement?.Name]));

    public static void Spotlights(TextWriter output, IReadOnlyList<Spotlight> spotlights) => TableWriter.Write(
        output,
        ["id", TableColumn.Text("name"), "type", "from", "to"],
        spotlights.Select(s => (IReadOnlyList<string?>)[TableCells.Id(s.Id), s.Name, s.Type, Day(s.StartDate), Day(s.EndDate)]));

    public static void Saved(TextWriter output, ReplaySavedAnswer saved) =>
        output.WriteLine($"Saved {TableCells.Number(saved.Bytes)} bytes to {saved.Path}");

    private static string Day(DateTimeOffset time) => time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
