using System.Globalization;
using Guildhall.Cli.Output;
using Guildhall.Osu.Models;

namespace Guildhall.Cli.Commands.Osu;

/// <summary>Turns osu! models into the CLI's tables; the JSON form goes through the package's own serializer context.</summary>
internal static class OsuPrinter
{
    public static void User(TextWriter output, User user) => TableWriter.WritePairs(output,
    [
        ("id", TableCells.Id(user.Id)),
        ("username", user.Username),
        ("country", user.Country?.Name ?? user.CountryCode),
        ("mode", user.Playmode?.ToString()),
        ("pp", user.Statistics is { } stats ? stats.Pp.ToString("N2", CultureInfo.InvariantCulture) : null),
        ("global rank", user.Statistics?.GlobalRank is { } rank ? "#" + TableCells.Number(rank) : "-"),
        ("country rank", user.Statistics?.CountryRank is { } countryRank ? "#" + TableCells.Number(countryRank) : "-"),
        ("accuracy", user.Statistics is { } accuracy ? accuracy.HitAccuracy.ToString("N2", CultureInfo.InvariantCulture) + " %" : null),
        ("play count", user.Statistics is { } plays ? TableCells.Number(plays.PlayCount) : null),
        ("joined", user.JoinDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("supporter", user.IsSupporter ? "yes" : "no"),
    ]);

    public static void Scores(TextWriter output, IReadOnlyList<Score> scores) => TableWriter.Write(
        output,
        ["id", "date", TableColumn.Text("beatmap"), "mods", "rank", "accuracy", "pp", "score"],
        scores.Select(score => (IReadOnlyList<string?>)
        [
            TableCells.Id(score.Id),
            score.Timestamp?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            score.Beatmapset is { } set ? $"{set.Artist} - {set.Title} [{score.Beatmap?.Version}]" : TableCells.Id(score.Beatmap?.Id ?? score.BeatmapId ?? 0),
            score.Mods.Count == 0 ? "NM" : string.Join("", score.Mods.Select(mod => mod.Acronym)),
            score.Rank.ToString(),
            (score.Accuracy * 100).ToString("N2", CultureInfo.InvariantCulture) + " %",
            score.Pp?.ToString("N1", CultureInfo.InvariantCulture) ?? "-",
            TableCells.Number(score.TotalScore ?? score.Points ?? 0),
        ]));

    public static void Beatmap(TextWriter output, Beatmap beatmap) => TableWriter.WritePairs(output,
    [
        ("id", TableCells.Id(beatmap.Id)),
        ("beatmap", beatmap.Beatmapset is { } set ? $"{set.Artist} - {set.Title} [{beatmap.Version}]" : beatmap.Version),
        ("mode", beatmap.Mode.ToString()),
        ("status", beatmap.Status.ToString()),
        ("stars", beatmap.DifficultyRating.ToString("N2", CultureInfo.InvariantCulture)),
        ("length", TimeSpan.FromSeconds(beatmap.TotalLength).ToString(@"m\:ss", CultureInfo.InvariantCulture)),
        ("bpm", beatmap.Bpm?.ToString("0.##", CultureInfo.InvariantCulture)),
        ("cs / ar / od / hp", $"{beatmap.CircleSize} / {beatmap.ApproachRate} / {beatmap.Accuracy} / {beatmap.Drain}"),
        ("max combo", beatmap.MaxCombo is { } combo ? TableCells.Number(combo) : null),
        ("plays", beatmap.Playcount is { } plays ? TableCells.Number(plays) : null),
        ("url", beatmap.Url),
    ]);

    public static void Attributes(TextWriter output, BeatmapDifficultyAttributes attributes) => TableWriter.WritePairs(output,
    [
        ("stars with mods", attributes.StarRating.ToString("N2", CultureInfo.InvariantCulture)),
        ("max combo", TableCells.Number(attributes.MaxCombo)),
    ]);

    public static void Beatmapset(TextWriter output, Beatmapset set)
    {
        TableWriter.WritePairs(output,
        [
            ("id", TableCells.Id(set.Id)),
            ("song", $"{set.Artist} - {set.Title}"),
            ("creator", set.Creator),
            ("status", set.Status.ToString()),
            ("ranked", set.RankedDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("plays", TableCells.Number(set.PlayCount)),
            ("favourites", TableCells.Number(set.FavouriteCount)),
        ]);
        output.WriteLine();
        Beatmaps(output, set.Beatmaps);
    }

    public static void Beatmapsets(TextWriter output, IReadOnlyList<Beatmapset> sets) => TableWriter.Write(
        output,
        ["id", TableColumn.Text("song"), "creator", "status", "difficulties", "plays"],
        sets.Select(set => (IReadOnlyList<string?>)
        [
            TableCells.Id(set.Id), $"{set.Artist} - {set.Title}", set.Creator, set.Status.ToString(), TableCells.Number(set.Beatmaps.Count), TableCells.Number(set.PlayCount),
        ]));

    public static void Users(TextWriter output, IReadOnlyList<User> users) => TableWriter.Write(
        output,
        ["id", "username", "country"],
        users.Select(user => (IReadOnlyList<string?>)[TableCells.Id(user.Id), user.Username, user.CountryCode]));

    public static void UserRankings(TextWriter output, IReadOnlyList<UserStatistics> ranking) => TableWriter.Write(
        output,
        ["#", "user", "country", "pp", "ranked score", "accuracy"],
        ranking.Select((entry, index) => (IReadOnlyList<string?>)
        [
            TableCells.Number(entry.GlobalRank ?? index + 1),
            entry.User?.Username,
            entry.User?.CountryCode,
            entry.Pp.ToString("N0", CultureInfo.InvariantCulture),
            TableCells.Number(entry.RankedScore),
            entry.HitAccuracy.ToString("N2", CultureInfo.InvariantCulture) + " %",
        ]));

    public static void CountryRankings(TextWriter output, IReadOnlyList<CountryStatistics> ranking) => TableWriter.Write(
        output,
        ["#", "country", "active users", "performance"],
        ranking.Select((entry, index) => (IReadOnlyList<string?>)
        [
            TableCells.Number(index + 1), entry.Country?.Name ?? entry.Code, TableCells.Number(entry.ActiveUsers), entry.Performance.ToString("N0", CultureInfo.InvariantCulture),
        ]));

    public static void KudosuRankings(TextWriter output, IReadOnlyList<User> ranking) => TableWriter.Write(
        output,
        ["#", "user", "kudosu"],
        ranking.Select((user, index) => (IReadOnlyList<string?>)[TableCells.Number(index + 1), user.Username, TableCells.Number(user.Kudosu?.Total ?? 0)]));

    private static void Beatmaps(TextWriter output, IReadOnlyList<Beatmap> beatmaps) => TableWriter.Write(
        output,
        ["id", TableColumn.Text("difficulty"), "mode", "stars", "max combo"],
        beatmaps.OrderBy(beatmap => beatmap.DifficultyRating).Select(beatmap => (IReadOnlyList<string?>)
        [
            TableCells.Id(beatmap.Id), beatmap.Version, beatmap.Mode.ToString(), beatmap.DifficultyRating.ToString("N2", CultureInfo.InvariantCulture),
            beatmap.MaxCombo is { } combo ? TableCells.Number(combo) : "-",
        ]));
}
