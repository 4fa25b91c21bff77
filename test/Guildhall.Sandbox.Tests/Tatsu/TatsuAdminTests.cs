using System.Net;
using Guildhall.Sandbox.Tatsu;
using static Guildhall.Sandbox.Tatsu.TatsuSandboxData;

namespace Guildhall.Sandbox.Tests.Tatsu;

public sealed class TatsuAdminTests
{
    private const string Key = TatsuSandboxCredentials.GuildmasterKey;

    [Fact]
    public async Task The_host_lists_the_three_documented_keys()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();

        var keys = sandbox.Host.Credentials.Where(credential => credential.Api == "tatsu").Select(credential => credential.Value);
        Assert.Equal([TatsuSandboxCredentials.GuildmasterKey, TatsuSandboxCredentials.ApprenticeKey, TatsuSandboxCredentials.WandererKey], keys);
        using var listed = await sandbox.Http.GetAsync("_sandbox/credentials");
        Assert.Contains(TatsuSandboxCredentials.ApprenticeKey, await listed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_seeded_profile_is_served_verbatim()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        await sandbox.AdminJsonAsync(HttpMethod.Put, $"/users/{UnknownUserId}/profile",
            """{"username":"newcomer","subscription_type":7,"subscription_renewal":"","credits":3}""");

        using var response = await sandbox.GetAsync($"/users/{UnknownUserId}/profile", Key);
        var profile = await TatsuSandbox.ReadObjectAsync(response);
        Assert.Equal(UnknownUserId.ToString(), profile["id"]!.GetValue<string>());
        Assert.Equal(7, profile["subscription_type"]!.GetValue<int>());
        Assert.Equal("", profile["subscription_renewal"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_seeded_listing_is_served_verbatim()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        await sandbox.AdminJsonAsync(HttpMethod.Put, "/store/listings/pet_dragon",
            """{"name":"Dragon","summary":"s","description":"d","new":true,"prices":[{"currency":9,"amount":1.5}]}""");

        using var response = await sandbox.GetAsync("/store/listings/pet_dragon", Key);
        var listing = await TatsuSandbox.ReadObjectAsync(response);
        Assert.Equal("pet_dragon", listing["id"]!.GetValue<string>());
        Assert.Equal(9, listing["prices"]![0]!["currency"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_seeded_guild_with_members_ranks_them_and_honours_new_keys()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        const ulong guildId = 900000000000000001, owner = 900000000000000010;
        await sandbox.AdminJsonAsync(HttpMethod.Put, $"/guilds/{guildId}", $$"""{"name":"Test Guild","owner_id":"{{owner}}"}""");
        await sandbox.AdminJsonAsync(HttpMethod.Put, $"/guilds/{guildId}/members/{owner}", """{"score":10,"points":5}""");
        await sandbox.AdminJsonAsync(HttpMethod.Put, $"/guilds/{guildId}/members/{owner + 1}", """{"score":20,"manage_guild":true}""");
        await sandbox.AdminAsync(HttpMethod.Post, "/keys", $$"""{"key":"test-owner-key","user_id":{{owner}}}""");

        using var response = await sandbox.GetAsync($"/guilds/{guildId}/rankings/all", "test-owner-key");
        var rankings = (await TatsuSandbox.ReadObjectAsync(response))["rankings"]!.AsArray();
        Assert.Equal([(owner + 1).ToString(), owner.ToString()], rankings.Select(row => row!["user_id"]!.GetValue<string>()));

        using var removed = await sandbox.AdminAsync(HttpMethod.Delete, $"/guilds/{guildId}/members/{owner + 1}");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        using var missing = await sandbox.GetAsync($"/guilds/{guildId}/members/{owner + 1}/points", "test-owner-key");
        await TatsuSandbox.AssertErrorAsync(missing, 404, 1003, "Unknown guild member");
    }

    [Fact]
    public async Task Admin_routes_reject_malformed_seeds()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();

        using var badGuild = await sandbox.AdminAsync(HttpMethod.Put, "/guilds/123", """{"name":"no owner"}""");
        using var badMember = await sandbox.AdminAsync(HttpMethod.Put, $"/guilds/{TavernGuildId}/members/1", """{"score":-1}""");
        using var memberOfNothing = await sandbox.AdminAsync(HttpMethod.Put, $"/guilds/{UnknownGuildId}/members/1", "{}");
        using var badKey = await sandbox.AdminAsync(HttpMethod.Post, "/keys", """{"key":"k"}""");
        using var badProfile = await sandbox.AdminAsync(HttpMethod.Put, "/users/abc/profile", "{}");

        Assert.Equal(HttpStatusCode.BadRequest, badGuild.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badMember.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, memberOfNothing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badKey.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badProfile.StatusCode);
    }

    [Fact]
    public async Task The_request_log_shows_what_clients_sent_but_never_the_key()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        sandbox.Http.DefaultRequestHeaders.UserAgent.ParseAdd("TatsuTests/1.0");
        using (await sandbox.PatchAsync($"/guilds/{TavernGuildId}/members/{ApprenticeUserId}/score", Key, """{"action":0,"amount":3}""")) { }
        using (await sandbox.GetAsync($"/users/{GuildmasterUserId}/profile", "wrong-key")) { }

        using var response = await sandbox.AdminAsync(HttpMethod.Get, "/requests");
        var text = await response.Content.ReadAsStringAsync();
        var records = System.Text.Json.Nodes.JsonNode.Parse(text)!.AsArray();
        Assert.Equal(2, records.Count);
        Assert.Equal("PATCH", records[0]!["method"]!.GetValue<string>());
        Assert.Equal(200, records[0]!["status"]!.GetValue<int>());
        Assert.Equal(GuildmasterUserId.ToString(), records[0]!["caller_id"]!.GetValue<string>());
        Assert.Equal("""{"action":0,"amount":3}""", records[0]!["body"]!.GetValue<string>());
        Assert.Equal("TatsuTests/1.0", records[0]!["user_agent"]!.GetValue<string>());
        Assert.Equal(401, records[1]!["status"]!.GetValue<int>());
        Assert.Null(records[1]!["caller_id"]);
        Assert.DoesNotContain(Key, text, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-key", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reset_restores_the_seed_and_forgets_faults_windows_and_requests()
    {
        await using var sandbox = await TatsuSandbox.StartAsync();
        await sandbox.AdminAsync(HttpMethod.Delete, $"/guilds/{TavernGuildId}/members/{ApprenticeUserId}");
        await sandbox.AdminAsync(HttpMethod.Post, "/faults", """{"kind":"status","times":5}""");
        await sandbox.AdminAsync(HttpMethod.Post, "/rate-limit/consume", $$"""{"key":"{{Key}}","count":60}""");

        using (var reset = await sandbox.AdminAsync(HttpMethod.Post, "/reset"))
        {
            Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        }

        using var response = await sandbox.GetAsync($"/guilds/{TavernGuildId}/members/{ApprenticeUserId}/points", Key);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("59", TatsuSandbox.Header(response, "X-RateLimit-Remaining"));
        Assert.Single((await sandbox.AdminJsonAsync(HttpMethod.Get, "/requests")).AsArray());
    }
}
