using System.Globalization;
using System.Text.Json;
using Guildhall.Sandbox.Osu;
using Microsoft.Data.Sqlite;

namespace Guildhall.Cli.Tests.Osu;

/// <summary>The osu! content, community and profile-list commands against the sandbox, as tables and as JSON.</summary>
[Collection(SandboxGroup.Name)]
public sealed class OsuContentCommandTests(SandboxFixture sandbox) : IDisposable
{
    private static readonly string Me = OsuSandboxCredentials.UserId.ToString(CultureInfo.InvariantCulture);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "guildhall-cli-osu-content-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private Task<CliRun> Osu(params string[] args) => CliRun.RunAsync(
    [
        "osu", .. args,
        "--base-url", sandbox.Base("osu"),
        "--client-id", OsuSandboxCredentials.ClientId.ToString(CultureInfo.InvariantCulture),
        "--client-secret", OsuSandboxCredentials.ClientSecret,
        "--token-store", Path.Combine(_folder, "tokens.db"),
    ]);

    [Fact]
    public async Task News_changelog_and_wiki()
    {
        var news = await Osu("news", "--limit", "15", "--json");
        var post = await Osu("news", JsonDocument.Parse(news.Output).RootElement[1].GetProperty("slug").GetString()!);
        var changelog = await Osu("changelog", "--stream", "lazer", "--limit", "3");
        var build = await Osu("changelog", "lazer", "--json");
        var wiki = await Osu("wiki", "People/Beatmap_Nominators");

        Assert.Equal(0, news.ExitCode);
        Assert.Equal(15, JsonDocument.Parse(news.Output).RootElement.GetArrayLength());
        Assert.Equal(0, post.ExitCode);
        Assert.Contains("newer", post.Output, StringComparison.Ordinal);
        Assert.Equal(0, changelog.ExitCode);
        Assert.Equal(3 + 2, changelog.Output.Trim().Split('\n').Length);
        Assert.Equal("lazer", JsonDocument.Parse(build.Output).RootElement.GetProperty("update_stream").GetProperty("name").GetString());
        Assert.Contains("The **Beatmap Nominators**", wiki.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comments_packs_and_discussions()
    {
        var comments = await Osu("comments", "--sort", "top", "--limit", "120", "--json");
        var packs = await Osu("packs", "--type", "loved");
        var pack = await Osu("packs", "S1");
        var discussions = await Osu("discussions", "--unresolved", "--json");
        var events = await Osu("discussions", "--events", "--limit", "30");

        Assert.Equal(0, comments.ExitCode);
        var votes = JsonDocument.Parse(comments.Output).RootElement.EnumerateArray().Select(c => c.GetProperty("votes_count").GetInt32()).ToList();
        Assert.Equal(120, votes.Count);
        Assert.Equal(votes.OrderDescending(), votes);
        Assert.Contains("Project Loved", packs.Output, StringComparison.Ordinal);
        Assert.Contains("osu! Beatmap Pack #1", pack.Output, StringComparison.Ordinal);
        Assert.All(JsonDocument.Parse(discussions.Output).RootElement.EnumerateArray(), d => Assert.False(d.GetProperty("resolved").GetBoolean()));
        Assert.Equal(30 + 2, events.Output.Trim().Split('\n').Length);
    }

    [Fact]
    public async Task A_replay_is_written_to_the_file_given()
    {
        var file = Path.Combine(_folder, "replay.osr");
        Directory.CreateDirectory(_folder);

        var run = await Osu("replay", OsuSandboxSeed.LegacyScoreId.ToString(CultureInfo.InvariantCulture), "--mode", "osu", "--out", file, "--json");

        Assert.Equal(0, run.ExitCode);
        var saved = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(file, saved.GetProperty("path").GetString());
        Assert.Equal(new FileInfo(file).Length, saved.GetProperty("bytes").GetInt64());
        Assert.Equal(0, File.ReadAllBytes(file)[0]);
    }

    [Fact]
    public async Task The_profile_lists_feeds_spotlights_and_a_score()
    {
        var kudosu = await Osu("kudosu", Me, "--json");
        var mostPlayed = await Osu("most-played", Me, "--limit", "3");
        var activity = await Osu("activity", Me, "--limit", "3", "--json");
        var events = await Osu("events", "--limit", "5");
        var spotlights = await Osu("spotlights", "--json");
        var score = await Osu("score", OsuSandboxSeed.LazerScoreId.ToString(CultureInfo.InvariantCulture));

        Assert.Equal(0, kudosu.ExitCode);
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(kudosu.Output).RootElement.ValueKind);
        Assert.Equal(0, mostPlayed.ExitCode);
        Assert.Contains("plays", mostPlayed.Output, StringComparison.Ordinal);
        Assert.InRange(JsonDocument.Parse(activity.Output).RootElement.GetArrayLength(), 1, 3);
        Assert.Equal(5 + 2, events.Output.Trim().Split('\n').Length);
        Assert.NotEqual(0, JsonDocument.Parse(spotlights.Output).RootElement.GetArrayLength());
        Assert.Contains(OsuSandboxSeed.LazerScoreId.ToString(CultureInfo.InvariantCulture), score.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Errors_are_one_line_on_standard_error()
    {
        var friends = await Osu("friends");
        var missingPost = await Osu("news", "no-such-post");
        var missingPage = await Osu("wiki", "No_such_page");
        var noReplay = await Osu("replay", "1", "--out", Path.Combine(_folder, "none.osr"));

        Assert.NotEqual(0, friends.ExitCode);
        Assert.Contains("friends.read", friends.Error, StringComparison.Ordinal);
        Assert.Contains("404", missingPost.Error, StringComparison.Ordinal);
        Assert.Contains("404", missingPage.Error, StringComparison.Ordinal);
        Assert.Contains("404", noReplay.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "none.osr")));
        Assert.All(new[] { friends, missingPost, missingPage, noReplay }, run => Assert.NotEqual(0, run.ExitCode));
        Assert.All(new[] { friends, missingPost, missingPage, noReplay }, run => Assert.Single(run.Error.Trim().Split('\n')));
        Assert.All(new[] { friends, missingPost, missingPage, noReplay }, run => Assert.Equal("", run.Output));
    }

    [Fact]
    public async Task Revoke_forgets_the_app_token_and_a_later_call_gets_a_new_one()
    {
        var before = await Osu("events", "--limit", "1");
        var revoke = await Osu("revoke");
        var after = await Osu("events", "--limit", "1");

        Assert.Equal(0, before.ExitCode);
        Assert.Equal(0, revoke.ExitCode);
        Assert.Contains("Revoked the app's token", revoke.Output, StringComparison.Ordinal);
        Assert.Equal(0, after.ExitCode);
    }
}
