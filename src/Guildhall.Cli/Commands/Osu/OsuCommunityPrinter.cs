using System.Globalization;
using Guildhall.Cli.Output;
using Guildhall.Osu.Models;

namespace Guildhall.Cli.Commands.Osu;

/// <summary>Tables of matches, rooms and chat messages.</summary>
internal static class OsuCommunityPrinter
{
    public static void Matches(TextWriter output, IReadOnlyList<MultiplayerMatch> matches) => TableWriter.Write(
        output,
        ["id", TableColumn.Text("name"), "started", "ended"],
        matches.Select(m => (IReadOnlyList<string?>)[TableCells.Id(m.Id), m.Name, Date(m.StartTime), m.EndTime is { } end ? Date(end) : "open"]));

    /// <summary>Each game of a match with its scores, best first.</summary>
    public static void MatchGames(TextWriter output, IReadOnlyList<MatchEvent> events) => TableWriter.Write(
        output,
        ["game", "beatmap", "mods", "player", "team", "score", "accuracy", "passed"],
        events.Where(e => e.Game is not null).SelectMany(e => e.Game!.Scores
            .OrderByDescending(s => s.TotalScore ?? s.Points ?? 0)
            .Select(s => (IReadOnlyList<string?>)
            [
                TableCells.Id(e.Game.Id),
                TableCells.Id(e.Game.BeatmapId),
                e.Game.Mods.Count == 0 ? "NM" : string.Join("", e.Game.Mods.Select(m => m.Acronym)),
                TableCells.Id(s.UserId),
                s.Match?.Team,
                TableCells.Number(s.TotalScore ?? s.Points ?? 0),
                (s.Accuracy * 100).ToString("N2", CultureInfo.InvariantCulture) + " %",
                s.Passed ? "yes" : "no",
            ])));

    public static void Rooms(TextWriter output, IReadOnlyList<Room> rooms) => TableWriter.Write(
        output,
        ["id", TableColumn.Text("name"), "type", "category", "participants", "ends"],
        rooms.Select(r => (IReadOnlyList<string?>)[TableCells.Id(r.Id), r.Name, r.Type, r.Category, TableCells.Number(r.ParticipantCount), r.EndsAt is { } end ? Date(end) : "-"]));

    public static void Room(TextWriter output, Room room, RoomLeaderboard board)
    {
        TableWriter.WritePairs(output, [("room", $"{room.Name} ({TableCells.Id(room.Id)})"), ("type", room.Type), ("playlist", string.Join(", ", room.Playlist.Select(i => TableCells.Id(i.BeatmapId))))]);
        output.WriteLine();
        TableWriter.Write(
            output,
            ["#", "user", "total score", "accuracy", "attempts"],
            board.Leaderboard.Select((a, i) => (IReadOnlyList<string?>)
                [TableCells.Number(i + 1), a.User?.Username ?? TableCells.Id(a.UserId), TableCells.Number(a.TotalScore), (a.Accuracy * 100).ToString("N2", CultureInfo.InvariantCulture) + " %", TableCells.Number(a.Attempts)]));
    }

    public static void Messages(TextWriter output, IReadOnlyList<ChatMessage> messages) => TableWriter.Write(
        output,
        ["id", "time", "from", TableColumn.Text("message")],
        messages.Select(m => (IReadOnlyList<string?>)[TableCells.Id(m.MessageId), m.Timestamp.ToString("HH:mm:ss", CultureInfo.InvariantCulture), m.Sender?.Username ?? TableCells.Id(m.SenderId), m.IsAction ? "* " + m.Content : m.Content]));

    private static string Date(DateTimeOffset value) => value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
