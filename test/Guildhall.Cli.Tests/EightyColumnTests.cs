using System.Globalization;
using System.Text.Json;
using Guildhall.Sandbox.Osu;
using Guildhall.Sandbox.Polympics;
using Guildhall.Sandbox.Tatsu;
using Guildhall.Sandbox.TopGg;
using Microsoft.Data.Sqlite;

namespace Guildhall.Cli.Tests;

/// <summary>
/// Every command that prints a table or a listing, against the sandbox's data, fits an 80-column terminal (what a pipe
/// or a file gets, and what <see cref="CliRun"/> sets): no line of standard output is wider, measured in terminal columns.
/// </summary>
[Collection(SandboxGroup.Name)]
public sealed class EightyColumnTests(SandboxFixture sandbox) : IDisposable
{
    private const string PolympicsApp = PolympicsSandboxCredentials.FullAppUsername + ":" + PolympicsSandboxCredentials.FullAppToken;

    private static readonly string OsuUser = Id(OsuSandboxCredentials.UserId);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "guildhall-cli-80-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string[]> Commands => new()
    {
        new[] { "topgg", "bot" },
        new[] { "topgg", "search", "--limit", "40" },
        new[] { "topgg", "stats" },
        new[] { "topgg", "votes" },
        new[] { "topgg", "project" },
        new[] { "topgg", "project-votes" },
        new[] { "tatsu", "profile", Id(TatsuSandboxData.SupporterUserId) },
        new[] { "tatsu", "rankings", Id(TatsuSandboxData.LibraryGuildId) },
        new[] { "tatsu", "listing", TatsuSandboxData.SupporterBadgeListingId },
        new[] { "polympics", "accounts" },
        new[] { "polympics", "teams" },
        new[] { "polympics", "team", "1" },
        new[] { "polympics", "award", "1" },
        new[] { "polympics", "me" },
        new[] { "osu", "user", Id(OsuSandboxSeed.StaffUserId) },
        new[] { "osu", "scores", OsuUser },
        new[] { "osu", "beatmapset", Id(OsuSandboxSeed.FeaturedBeatmapsetId) },
        new[] { "osu", "search", OsuSandboxSeed.FeaturedArtist.Split(' ')[0] },
        new[] { "osu", "rankings" },
        new[] { "osu", "news" },
        new[] { "osu", "changelog" },
        new[] { "osu", "comments" },
        new[] { "osu", "packs" },
        new[] { "osu", "discussions" },
        new[] { "osu", "discussions", "--events" },
        new[] { "osu", "events" },
        new[] { "osu", "activity", OsuUser },
        new[] { "osu", "kudosu", OsuUser },
        new[] { "osu", "most-played", OsuUser },
        new[] { "osu", "spotlights" },
        new[] { "osu", "match" },
        new[] { "osu", "room" },
        new[] { "limits", "topgg", "--token", TopGgSandboxCredentials.Token },
        new[] { "limits", "osu", "--client-id", Id(OsuSandboxCredentials.ClientId) },
    };

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task The_table_fits_80_columns(string[] command)
    {
        var run = await CliRun.RunAsync(AgainstTheSandbox(command));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(run.Output.Split('\n').Count(line => line.Trim().Length > 0) >= 2, "too little output to tell: " + run.Output);
        Assert.Empty(TerminalColumns.Over(run.Output, 80));
    }

    [Fact]
    public async Task A_cut_cell_ends_in_an_ellipsis_the_ids_stay_whole_and_the_json_keeps_every_character()
    {
        var table = await CliRun.RunAsync(AgainstTheSandbox(["osu", "activity", OsuUser]));
        var json = await CliRun.RunAsync(AgainstTheSandbox(["osu", "activity", OsuUser, "--json"]));

        Assert.Equal(0, table.ExitCode);
        var rows = table.Output.Split('\n').Skip(2).Where(line => line.Trim().Length > 0).ToList();
        Assert.Contains(rows, row => row.TrimEnd().EndsWith('…'));
        var events = JsonDocument.Parse(json.Output).RootElement.EnumerateArray().ToList();
        Assert.Equal(events.Count, rows.Count);
        for (var index = 0; index < rows.Count; index++)
        {
            Assert.StartsWith(events[index].GetProperty("id").GetRawText() + " ", rows[index], StringComparison.Ordinal);
        }

        Assert.DoesNotContain('…', json.Output);
    }

    private string[] AgainstTheSandbox(string[] command) => command switch
    {
        ["topgg", .. var rest] => ["topgg", "--base-url", sandbox.Base("topgg/api"), "--token", TopGgSandboxCredentials.Token, .. rest],
        ["tatsu", .. var rest] => ["tatsu", .. rest, "--base-url", sandbox.Base("tatsu/v1"), "--key", TatsuSandboxCredentials.GuildmasterKey],
        ["polympics", .. var rest] => ["polympics", .. rest, "--base-url", sandbox.Base("polympics"), "--credentials", PolympicsApp],
        ["osu", .. var rest] =>
        [
            "osu", .. rest, "--base-url", sandbox.Base("osu"), "--client-id", Id(OsuSandboxCredentials.ClientId),
            "--client-secret", OsuSandboxCredentials.ClientSecret, "--token-store", Path.Combine(_folder, "tokens.db"),
        ],
        _ => command,
    };

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);
}
