using System.Globalization;
using System.Text.Json;
using Guildhall.Sandbox.Osu;
using Microsoft.Data.Sqlite;

namespace Guildhall.Cli.Tests.Osu;

[Collection(SandboxGroup.Name)]
public sealed class OsuCommandTests(SandboxFixture sandbox) : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "guildhall-cli-osu-" + Guid.NewGuid().ToString("N"));

    private static readonly string Staff = OsuSandboxSeed.StaffUserId.ToString(CultureInfo.InvariantCulture);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private Task<CliRun> Osu(params string[] args) => OsuWith(OsuSandboxCredentials.ClientSecret, args);

    private Task<CliRun> OsuWith(string secret, params string[] args) => CliRun.RunAsync(
    [
        "osu", .. args,
        "--base-url", sandbox.Base("osu"),
        "--client-id", OsuSandboxCredentials.ClientId.ToString(CultureInfo.InvariantCulture),
        "--client-secret", secret,
        "--token-store", Path.Combine(_folder, "tokens.db"),
    ]);

    [Fact]
    public async Task User_prints_a_table_and_json()
    {
        var table = await Osu("user", OsuSandboxSeed.StaffUsername);
        var json = await Osu("user", Staff, "--mode", "taiko", "--json");

        Assert.Equal(0, table.ExitCode);
        Assert.Contains(OsuSandboxSeed.StaffUsername, table.Output, StringComparison.Ordinal);
        Assert.Contains("global rank", table.Output, StringComparison.Ordinal);
        Assert.Equal(0, json.ExitCode);
        using var document = JsonDocument.Parse(json.Output);
        Assert.Equal(OsuSandboxSeed.StaffUserId, document.RootElement.GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task Scores_in_both_formats()
    {
        var lazer = await Osu("scores", OsuSandboxCredentials.UserId.ToString(CultureInfo.InvariantCulture), "--limit", "3", "--json");
        var legacy = await Osu("scores", OsuSandboxCredentials.UserId.ToString(CultureInfo.InvariantCulture), "--limit", "3", "--format", "legacy", "--json");
        var table = await Osu("scores", OsuSandboxCredentials.UserId.ToString(CultureInfo.InvariantCulture), "--type", "recent", "--include-fails");

        Assert.Equal(0, lazer.ExitCode);
        using var lazerScores = JsonDocument.Parse(lazer.Output);
        Assert.Equal(3, lazerScores.RootElement.GetArrayLength());
        Assert.True(lazerScores.RootElement[0].TryGetProperty("total_score", out _));
        using var legacyScores = JsonDocument.Parse(legacy.Output);
        Assert.True(legacyScores.RootElement[0].TryGetProperty("score", out _));
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("accuracy", table.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Beatmap_with_mods_beatmapset_search_and_rankings()
    {
        var beatmap = await Osu("beatmap", OsuSandboxSeed.FeaturedBeatmapId.ToString(CultureInfo.InvariantCulture), "--mods", "HDDT");
        var set = await Osu("beatmapset", OsuSandboxSeed.FeaturedBeatmapsetId.ToString(CultureInfo.InvariantCulture));
        var search = await Osu("search", OsuSandboxSeed.FeaturedArtist.Split(' ')[0], "--limit", "60", "--status", "any", "--json");
        var users = await Osu("search", OsuSandboxSeed.StaffUsername[..3], "--users");
        var countries = await Osu("rankings", "--type", "country", "--limit", "5", "--json");
        var performance = await Osu("rankings", "--limit", "3", "--json");
        var kudosu = await Osu("rankings", "--type", "kudosu", "--limit", "3");

        Assert.Equal(0, beatmap.ExitCode);
        Assert.Contains("stars with mods", beatmap.Output, StringComparison.Ordinal);
        Assert.Equal(0, set.ExitCode);
        Assert.Contains("Collab Extreme", set.Output, StringComparison.Ordinal);
        Assert.Equal(0, search.ExitCode);
        Assert.True(JsonDocument.Parse(search.Output).RootElement.GetArrayLength() > 0);
        Assert.Contains(OsuSandboxSeed.StaffUsername, users.Output, StringComparison.Ordinal);
        Assert.Equal(0, countries.ExitCode);
        Assert.Equal(0, kudosu.ExitCode);
        Assert.Equal(5, JsonDocument.Parse(countries.Output).RootElement.GetArrayLength());
        Assert.Equal(3, JsonDocument.Parse(performance.Output).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task A_missing_client_id_is_bad_input()
    {
        var run = await CliRun.RunAsync("osu", "user", Staff, "--base-url", sandbox.Base("osu"), "--client-secret", "x", "--token-store", Path.Combine(_folder, "t.db"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("OSU_CLIENT_ID", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_secret_exits_1_without_printing_it()
    {
        var run = await OsuWith("not-the-real-secret-4711", "user", Staff);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("401", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-real-secret-4711", run.Error + run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_user_exits_1_with_the_api_error()
    {
        var run = await Osu("user", "999999999");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("404", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_that_was_never_stored_asks_for_a_login()
    {
        var run = await Osu("user", "--me", "--session", OsuSandboxCredentials.UserId.ToString(CultureInfo.InvariantCulture));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("osu login", run.Error, StringComparison.Ordinal);
    }
}
