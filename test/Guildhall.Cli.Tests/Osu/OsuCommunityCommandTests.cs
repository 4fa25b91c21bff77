using System.Globalization;
using System.Net;
using System.Text.Json;
using Guildhall.Osu;
using Guildhall.Osu.Authentication;
using Guildhall.Osu.Sqlite;
using Guildhall.Sandbox.Osu;
using Microsoft.Data.Sqlite;

namespace Guildhall.Cli.Tests.Osu;

/// <summary><c>guildhall osu match|room|chat</c> against the sandbox on loopback.</summary>
[Collection(SandboxGroup.Name)]
public sealed class OsuCommunityCommandTests(SandboxFixture sandbox) : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "guildhall-cli-osu-community-" + Guid.NewGuid().ToString("N"));

    private string TokenStore => Path.Combine(_folder, "tokens.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Match_lists_matches_and_shows_a_matchs_scores()
    {
        var list = await Osu(OsuSandboxCredentials.ClientId, OsuSandboxCredentials.ClientSecret, "match", "--limit", "3");
        var table = await Osu(OsuSandboxCredentials.ClientId, OsuSandboxCredentials.ClientSecret, "match", Id(OsuSandboxCommunitySeed.MatchId));
        var json = await Osu(OsuSandboxCredentials.ClientId, OsuSandboxCredentials.ClientSecret, "match", Id(OsuSandboxCommunitySeed.MatchId), "--json", "--format", "legacy");

        Assert.Equal(0, list.ExitCode);
        Assert.Equal(3 + 2, list.Output.Trim().Split('\n').Length);
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("red", table.Output, StringComparison.Ordinal);
        Assert.Contains("blue", table.Output, StringComparison.Ordinal);
        using var events = JsonDocument.Parse(json.Output);
        var game = events.RootElement.EnumerateArray().First(e => e.TryGetProperty("game", out _)).GetProperty("game");
        Assert.True(game.GetProperty("scores")[0].TryGetProperty("score", out _));
    }

    [Fact]
    public async Task Match_limit_keeps_the_latest_games_of_a_match()
    {
        var all = await Osu(OsuSandboxCredentials.ClientId, OsuSandboxCredentials.ClientSecret, "match", Id(OsuSandboxCommunitySeed.MatchId), "--json", "--limit", "100");
        var two = await Osu(OsuSandboxCredentials.ClientId, OsuSandboxCredentials.ClientSecret, "match", Id(OsuSandboxCommunitySeed.MatchId), "--json", "--limit", "2");

        Assert.True(two.ExitCode == 0, two.Error);
        using var allGames = JsonDocument.Parse(all.Output);
        using var twoGames = JsonDocument.Parse(two.Output);
        var gameIds = allGames.RootElement.EnumerateArray().Where(e => e.TryGetProperty("game", out var game) && game.ValueKind == JsonValueKind.Object)
            .Select(e => e.GetProperty("game").GetProperty("id").ToString()).ToList();
        Assert.True(gameIds.Count > 2, all.Output);
        Assert.Equal(gameIds.TakeLast(2), twoGames.RootElement.EnumerateArray().Select(e => e.GetProperty("game").GetProperty("id").ToString()));
    }

    [Fact]
    public async Task Room_lists_open_rooms_and_shows_a_leaderboard()
    {
        var list = await Osu(OsuSandboxCredentials.ClientId, OsuSandboxCredentials.ClientSecret, "room");
        var room = await Osu(OsuSandboxCredentials.ClientId, OsuSandboxCredentials.ClientSecret, "room", Id(OsuSandboxCommunitySeed.RoomId));

        Assert.Equal(0, list.ExitCode);
        // In 80 columns the room names are cut; the ids never are.
        Assert.Matches($@"(?m)^{Id(OsuSandboxCommunitySeed.RoomId)}\s+Sandbox W", list.Output);
        Assert.Equal(0, room.ExitCode);
        Assert.Contains("total score", room.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_send_as_the_bot_and_read_as_a_stored_session()
    {
        await StoreUserSessionAsync();

        var sent = await Osu(OsuSandboxCredentials.BotClientId, OsuSandboxCredentials.BotClientSecret, "chat", "send", Id(OsuSandboxCredentials.UserId), "ping from the cli", "--to-user", "--as-bot", "--json");
        using var message = JsonDocument.Parse(sent.Output);
        var channel = message.RootElement[0].GetProperty("channel_id").GetInt64();
        var read = await Osu(OsuSandboxCredentials.ClientId, OsuSandboxCredentials.ClientSecret, "chat", "read", Id(channel), "--session", Id(OsuSandboxCredentials.UserId));
        var refused = await Osu(OsuSandboxCredentials.ClientId, OsuSandboxCredentials.ClientSecret, "chat", "send", Id(channel), "as a guest");

        Assert.Equal(0, sent.ExitCode);
        Assert.Equal(OsuSandboxCredentials.BotUserId, message.RootElement[0].GetProperty("sender_id").GetInt64());
        Assert.Equal(0, read.ExitCode);
        Assert.Contains("ping from the cli", read.Output, StringComparison.Ordinal);
        Assert.Contains(OsuSandboxCredentials.BotUsername, read.Output, StringComparison.Ordinal);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("chat.write", refused.Error, StringComparison.Ordinal);
    }

    private Task<CliRun> Osu(long clientId, string secret, params string[] args) => CliRun.RunAsync(
    [
        "osu", .. args,
        "--base-url", sandbox.Base("osu"),
        "--client-id", Id(clientId),
        "--client-secret", secret,
        "--token-store", TokenStore,
    ]);

    // What 'osu login' leaves behind, without a browser: the sandbox approves the authorize URL at once.
    private async Task StoreUserSessionAsync()
    {
        Directory.CreateDirectory(_folder);
        var options = new OsuClientOptions
        {
            BaseAddress = sandbox.Host.GetApiBase("osu"),
            ClientId = OsuSandboxCredentials.ClientId,
            ClientSecret = OsuSandboxCredentials.ClientSecret,
            RedirectUri = new Uri(OsuSandboxCredentials.RedirectUri),
        };
        await using var storage = new OsuClientStorage(options, new SqliteOsuTokenRepository(TokenStore));
        var request = storage.OAuth.CreateAuthorizationRequest([OsuScopes.Public, OsuScopes.ChatRead, OsuScopes.ChatWrite]);
        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        using var approval = await browser.GetAsync(request.Url);
        Assert.Equal(HttpStatusCode.Redirect, approval.StatusCode);
        await storage.CompleteAuthorizationAsync(approval.Headers.Location!, request);
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
