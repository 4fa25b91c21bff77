using System.Text.Json.Nodes;
using Guildhall.Osu.Authentication;
using Guildhall.Sandbox.Osu;

namespace Guildhall.Osu.Tests.Sandbox;

/// <summary>Token lifetimes passing on a fake clock shared by the sandbox and the client.</summary>
public sealed class SandboxTokenExpiryTests(FakeClockOsuSandbox sandbox) : IClassFixture<FakeClockOsuSandbox>
{
    [Fact]
    public async Task A_burst_of_100_calls_after_the_token_expired_refreshes_it_exactly_once()
    {
        var storage = sandbox.Storage();
        var osu = await sandbox.AuthorizeAsync(storage, OsuScopes.Identify, OsuScopes.Public);
        var before = await osu.GetCurrentTokenAsync();
        var issuedBefore = await IssuedTokensAsync();
        sandbox.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1));

        var users = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => osu.Users.GetMeAsync()));

        Assert.NotEmpty(users);
        Assert.All(users, user => Assert.Equal(Guildhall.Sandbox.Osu.OsuSandboxCredentials.UserId, user.Id));
        Assert.Equal(issuedBefore + 1, await IssuedTokensAsync());
        var after = await osu.GetCurrentTokenAsync();
        Assert.NotEqual(before.AccessToken, after.AccessToken);
        Assert.NotEqual(before.RefreshToken, after.RefreshToken);
    }

    [Fact]
    public async Task The_app_client_asks_for_a_new_token_when_its_token_expired()
    {
        var storage = sandbox.Storage();
        await storage.AppClient.Users.GetAsync(OsuSandboxSeed.StaffUserId);
        var first = await storage.AppClient.GetCurrentTokenAsync();
        sandbox.Clock.Advance(TimeSpan.FromDays(1));

        await storage.AppClient.Users.GetAsync(OsuSandboxSeed.StaffUserId);

        Assert.NotEqual(first.AccessToken, (await storage.AppClient.GetCurrentTokenAsync()).AccessToken);
    }

    private async Task<int> IssuedTokensAsync()
    {
        var tokens = JsonNode.Parse(await sandbox.Http.GetStringAsync(new Uri(sandbox.Host.BaseAddress, "_sandbox/osu/tokens")))!.AsArray();
        return tokens.Count;
    }
}
