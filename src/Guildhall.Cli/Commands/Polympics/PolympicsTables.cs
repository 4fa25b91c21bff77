using Guildhall.Cli.Output;
using Guildhall.Polympics.Models;
using static Guildhall.Cli.Output.TableCells;

namespace Guildhall.Cli.Commands.Polympics;

/// <summary>The plain-text views of Polympics models.</summary>
internal static class PolympicsTables
{
    public static void Account(TextWriter output, PolympicsAccount account) => TableWriter.WritePairs(output,
    [
        ("id", Id(account.Id)),
        ("name", $"{account.Name}#{account.Discriminator}"),
        ("team", account.Team is null ? "(none)" : $"{account.Team.Name} ({Id(account.Team.Id)})"),
        ("permissions", $"{account.Permissions} ({Integer((int)account.Permissions)})"),
        ("awards", string.Join(", ", account.Awards.Select(a => a.Title))),
        ("created", Time(account.CreatedAt)),
    ]);

    public static void Team(TextWriter output, PolympicsTeam team) => TableWriter.WritePairs(output,
    [
        ("id", Id(team.Id)),
        ("name", team.Name),
        ("members", Integer(team.MemberCount)),
        ("awards", string.Join(", ", team.Awards.Select(a => a.Title))),
        ("created", Time(team.CreatedAt)),
    ]);

    public static void Award(TextWriter output, PolympicsAwardDetails details) => TableWriter.WritePairs(output,
    [
        ("id", Id(details.Award.Id)),
        ("title", details.Award.Title),
        ("image", details.Award.ImageUrl?.ToString()),
        ("team", details.Team?.Name ?? "(none)"),
        ("holders", string.Join(", ", details.Awardees.Select(a => a.Name))),
    ]);

    public static void Accounts(TextWriter output, IReadOnlyList<PolympicsAccount> accounts) => TableWriter.Write(output,
        ["id", TableColumn.Text("name"), TableColumn.Text("team"), "permissions"],
        accounts.Select(a => (IReadOnlyList<string?>)[Id(a.Id), $"{a.Name}#{a.Discriminator}", a.Team?.Name, Integer((int)a.Permissions)]));

    public static void Teams(TextWriter output, IReadOnlyList<PolympicsTeam> teams) => TableWriter.Write(output,
        ["id", TableColumn.Text("name"), "members"],
        teams.Select(t => (IReadOnlyList<string?>)[Id(t.Id), t.Name, Integer(t.MemberCount)]));

    public static void Callbacks(TextWriter output, IReadOnlyList<PolympicsCallback> callbacks) => TableWriter.Write(output,
        ["event", "url"],
        callbacks.Select(c => (IReadOnlyList<string?>)[c.Event.ToString(), c.Url?.ToString()]));

    /// <summary>A page footer, so a reader knows there is more.</summary>
    public static void Footer<T>(TextWriter output, PolympicsPage<T> page) =>
        output.WriteLine($"page {page.Page + 1} of {Math.Max(page.Pages, 1)} ({page.Results} in all)");
}
