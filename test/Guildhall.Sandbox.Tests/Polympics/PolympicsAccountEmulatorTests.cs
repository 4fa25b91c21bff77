using System.Text.Json.Nodes;
using Guildhall.Sandbox.Polympics;

namespace Guildhall.Sandbox.Tests.Polympics;

public sealed class PolympicsAccountEmulatorTests : PolympicsSandbox
{
    private static JsonObject NewAccount(ulong id = 1234567, int? team = null, int? permissions = null)
    {
        var body = new JsonObject { ["id"] = id, ["name"] = "Artemis", ["discriminator"] = "8472", ["avatar_url"] = "https://picsum.photos/200" };
        if (team is not null)
        {
            body["team"] = team;
        }

        if (permissions is not null)
        {
            body["permissions"] = permissions;
        }

        return body;
    }

    [Fact]
    public async Task Signups_are_open_after_seeding_and_follow_the_setting()
    {
        Assert.True((bool)(await JsonAsync(await GetAsync("/accounts/signups"), 200))["signups_open"]!);
        await AdminAsync(HttpMethod.Put, "settings", new JsonObject { ["signups_open"] = false });
        Assert.False((bool)(await JsonAsync(await GetAsync("/accounts/signups"), 200))["signups_open"]!);
    }

    [Fact]
    public async Task Get_returns_the_account_with_string_id_team_awards_and_float_timestamp()
    {
        var account = await JsonAsync(await GetAsync($"/account/{CaptainId}"), 200);
        Assert.Equal(CaptainId.ToString(), (string?)account["id"]);
        Assert.Equal(System.Text.Json.JsonValueKind.String, account["id"]!.GetValueKind());
        Assert.Equal("Athena", (string?)account["name"]);
        Assert.Equal("0001", (string?)account["discriminator"]);
        Assert.Equal(32, (int)account["permissions"]!);
        Assert.Equal(1, (int)account["team"]!["id"]!);
        Assert.Equal("Gods of Olympus", (string?)account["team"]!["name"]);
        Assert.Equal(5, (int)account["team"]!["member_count"]!);
        Assert.Equal("Perfect 10 Gold", (string?)account["awards"]![0]!["title"]);
        Assert.Equal(Time.GetUtcNow().ToUnixTimeSeconds(), (double)account["created_at"]!);
    }

    [Fact]
    public async Task Unknown_or_malformed_ids_are_422_not_404()
    {
        Assert.Equal([("path.account", "Account not found.", "value_error")], await IssuesAsync(await GetAsync("/account/42")));
        Assert.Equal([("path.account", "Invalid Account ID: must be int.", "value_error")], await IssuesAsync(await GetAsync("/account/bob")));
    }

    [Fact]
    public async Task Create_answers_201_and_the_account_can_then_be_read()
    {
        var created = await JsonAsync(await SendAsync(HttpMethod.Post, "/accounts/new", NewAccount(team: 2), Full), 201);
        Assert.Equal("1234567", (string?)created["id"]);
        Assert.Equal(2, (int)created["team"]!["id"]!);
        Assert.Equal(0, (int)created["permissions"]!);
        var read = await JsonAsync(await GetAsync("/account/1234567"), 200);
        Assert.Equal("https://picsum.photos/200", (string?)read["avatar_url"]);
    }

    [Fact]
    public async Task Create_accepts_the_id_as_a_string()
    {
        var body = NewAccount();
        body["id"] = "1234567";
        await JsonAsync(await SendAsync(HttpMethod.Post, "/accounts/new", body, Full), 201);
    }

    [Fact]
    public async Task Create_twice_is_409()
    {
        await JsonAsync(await SendAsync(HttpMethod.Post, "/accounts/new", NewAccount(), Full), 201);
        await AssertDetailAsync(await SendAsync(HttpMethod.Post, "/accounts/new", NewAccount(), Full), 409, "That Discord ID is already registered.");
    }

    [Fact]
    public async Task Create_without_credentials_is_401_even_when_signups_are_closed()
    {
        await AdminAsync(HttpMethod.Put, "settings", new JsonObject { ["signups_open"] = false });
        var response = await SendAsync(HttpMethod.Post, "/accounts/new", NewAccount(), authorization: null);
        await AssertDetailAsync(response, 401, "Not authenticated");
        Assert.Equal("Basic", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task Create_while_signups_are_closed_is_403_before_the_permission_check()
    {
        await AdminAsync(HttpMethod.Put, "settings", new JsonObject { ["signups_open"] = false });
        await AssertDetailAsync(await SendAsync(HttpMethod.Post, "/accounts/new", NewAccount(), Captain), 403, "Signups are closed.");
    }

    [Fact]
    public async Task Create_needs_manage_account_details()
    {
        await AssertDetailAsync(await SendAsync(HttpMethod.Post, "/accounts/new", NewAccount(), Captain), 403, "Request outside of authorisation scope.");
    }

    [Fact]
    public async Task Create_with_permissions_follows_the_grant_rules()
    {
        // The limited app holds manage_account_details but not manage_permissions.
        await AssertDetailAsync(await SendAsync(HttpMethod.Post, "/accounts/new", NewAccount(permissions: 4), Limited), 403, "Request outside of authorisation scope.");
        var created = await JsonAsync(await SendAsync(HttpMethod.Post, "/accounts/new", NewAccount(permissions: 64 | 32 | 1), Full), 201);
        Assert.Equal(97, (int)created["permissions"]!);
        await AssertDetailAsync(await SendAsync(HttpMethod.Post, "/accounts/new", NewAccount(id: 7, permissions: 16), Full), 403, "Request outside of authorisation scope.");
    }

    [Fact]
    public async Task Create_reports_every_invalid_field_at_once()
    {
        var issues = await IssuesAsync(await SendAsync(HttpMethod.Post, "/accounts/new", new JsonObject { ["id"] = "abc", ["team"] = 99 }, Full));
        Assert.Equal(
            [
                ("body.id", "value is not a valid integer", "type_error.integer"),
                ("body.name", "field required", "value_error.missing"),
                ("body.discriminator", "field required", "value_error.missing"),
                ("body.team", "Team not found.", "value_error"),
            ],
            issues);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_422_before_authentication()
    {
        var issues = await IssuesAsync(await SendAsync(HttpMethod.Post, "/accounts/new", "{\"id\": ", authorization: null));
        Assert.Equal("value_error.jsondecode", Assert.Single(issues).Type);
    }

    [Fact]
    public async Task A_missing_or_non_object_body_is_one_issue()
    {
        Assert.Equal([("body", "field required", "value_error.missing")], await IssuesAsync(await SendAsync(HttpMethod.Post, "/accounts/new", null, Full)));
        Assert.Equal([("body", "value is not a valid dict", "type_error.dict")], await IssuesAsync(await SendAsync(HttpMethod.Post, "/accounts/new", "[1]", Full)));
    }

    [Fact]
    public async Task Update_changes_details_and_ignores_empty_values()
    {
        var body = new JsonObject { ["name"] = "Pallas", ["discriminator"] = "", ["avatar_url"] = null, ["grant_permissions"] = 0 };
        var updated = await JsonAsync(await SendAsync(HttpMethod.Patch, $"/account/{CaptainId}", body, Full), 200);
        Assert.Equal("Pallas", (string?)updated["name"]);
        Assert.Equal("0001", (string?)updated["discriminator"]);
        Assert.Equal(32, (int)updated["permissions"]!);
    }

    [Fact]
    public async Task Update_details_needs_manage_account_details_and_changes_nothing_when_refused()
    {
        var body = new JsonObject { ["name"] = "Pallas", ["team"] = 3 };
        await AssertDetailAsync(await SendAsync(HttpMethod.Patch, $"/account/{CaptainId}", body, Captain), 403, "Request outside of authorisation scope.");
        var account = await JsonAsync(await GetAsync($"/account/{CaptainId}"), 200);
        Assert.Equal("Athena", (string?)account["name"]);
    }

    [Fact]
    public async Task Team_zero_removes_the_team_and_an_unknown_team_reports_both_union_issues()
    {
        var updated = await JsonAsync(await SendAsync(HttpMethod.Patch, $"/account/{CaptainId}", new JsonObject { ["team"] = 0 }, Full), 200);
        Assert.Null(updated["team"]);
        var issues = await IssuesAsync(await SendAsync(HttpMethod.Patch, $"/account/{CaptainId}", new JsonObject { ["team"] = 99 }, Full));
        Assert.Equal([("body.team", "Team not found.", "value_error"), ("body.team", "Should fall through to next type.", "value_error")], issues);
    }

    [Fact]
    public async Task A_user_may_change_their_own_team_and_a_captain_may_only_kick_teammates()
    {
        var joined = await JsonAsync(await SendAsync(HttpMethod.Patch, $"/account/{CaptainId}", new JsonObject { ["team"] = 3 }, Captain), 200);
        Assert.Equal(3, (int)joined["team"]!["id"]!);
        await JsonAsync(await SendAsync(HttpMethod.Patch, $"/account/{CaptainId}", new JsonObject { ["team"] = 1 }, Captain), 200);

        const ulong apollo = 310473552284467203;
        await AssertDetailAsync(await SendAsync(HttpMethod.Patch, $"/account/{apollo}", new JsonObject { ["team"] = 2 }, Captain), 403, "Request outside of authorisation scope.");
        var kicked = await JsonAsync(await SendAsync(HttpMethod.Patch, $"/account/{apollo}", new JsonObject { ["team"] = 0 }, Captain), 200);
        Assert.Null(kicked["team"]);

        const ulong poseidon = 310473552284467210;
        await AssertDetailAsync(await SendAsync(HttpMethod.Patch, $"/account/{poseidon}", new JsonObject { ["team"] = 0 }, Captain), 403, "Request outside of authorisation scope.");
    }

    [Fact]
    public async Task Grant_and_revoke_follow_the_rules()
    {
        const ulong apollo = 310473552284467203;
        var granted = await JsonAsync(await SendAsync(HttpMethod.Patch, $"/account/{apollo}", new JsonObject { ["grant_permissions"] = 64 | 8 }, Full), 200);
        Assert.Equal(72, (int)granted["permissions"]!);
        var revoked = await JsonAsync(await SendAsync(HttpMethod.Patch, $"/account/{apollo}", new JsonObject { ["revoke_permissions"] = 8 }, Admin), 200);
        Assert.Equal(64, (int)revoked["permissions"]!);

        await AssertDetailAsync(await SendAsync(HttpMethod.Patch, $"/account/{apollo}", new JsonObject { ["grant_permissions"] = 16 }, Full), 403, "Request outside of authorisation scope.");
        await AssertDetailAsync(await SendAsync(HttpMethod.Patch, $"/account/{apollo}", new JsonObject { ["grant_permissions"] = 128 }, Full), 403, "Request outside of authorisation scope.");

        // The documented teammate exception never applies: the captain cannot hand manage_own_team to Apollo.
        await AssertDetailAsync(await SendAsync(HttpMethod.Patch, $"/account/{apollo}", new JsonObject { ["grant_permissions"] = 32 }, Captain), 403, "Request outside of authorisation scope.");

        // An app cannot hold manage_own_team, yet may grant it with manage_permissions.
        var owner = await JsonAsync(await SendAsync(HttpMethod.Patch, $"/account/{apollo}", new JsonObject { ["grant_permissions"] = 32 }, Full), 200);
        Assert.Equal(96, (int)owner["permissions"]!);
    }

    [Fact]
    public async Task A_discord_token_refreshes_the_account_from_discord()
    {
        var body = new JsonObject { ["discord_token"] = PolympicsSandboxCredentials.CaptainDiscordToken };
        var refreshed = await JsonAsync(await SendAsync(HttpMethod.Patch, $"/account/{CaptainId}", body, Captain), 200);
        Assert.Equal("Pallas Athena", (string?)refreshed["name"]);
        Assert.Equal("1001", (string?)refreshed["discriminator"]);
        Assert.Equal($"https://cdn.discordapp.com/avatars/{CaptainId}/7d6c5b4a39281706.png", (string?)refreshed["avatar_url"]);

        await AssertDetailAsync(await SendAsync(HttpMethod.Patch, $"/account/{AdminId}", body, Captain), 403, "Discord token is for a different account.");
        await AssertDetailAsync(
            await SendAsync(HttpMethod.Patch, $"/account/{CaptainId}", new JsonObject { ["discord_token"] = "nope" }, Captain), 422, "Bad Discord user token.");
    }

    [Fact]
    public async Task Delete_is_204_for_an_administrator_or_the_account_itself()
    {
        const ulong apollo = 310473552284467203;
        await AssertDetailAsync(await SendAsync(HttpMethod.Delete, $"/account/{apollo}", null, Captain), 403, "Request outside of authorisation scope.");
        await AssertEmptyAsync(await SendAsync(HttpMethod.Delete, $"/account/{apollo}", null, Limited), 204);
        await AssertEmptyAsync(await SendAsync(HttpMethod.Delete, $"/account/{CaptainId}", null, Captain), 204);
        Assert.Equal("Account not found.", (await IssuesAsync(await GetAsync($"/account/{CaptainId}")))[0].Msg);

        // The deleted account's sessions went with it.
        await AssertDetailAsync(await GetAsync("/auth/me", Captain), 401, "A token was not used to authenticate.");
    }

    [Fact]
    public async Task Values_too_long_for_their_column_fail_as_plain_text_500()
    {
        var body = NewAccount();
        body["name"] = new string('a', 256);
        await AssertPlainServerErrorAsync(await SendAsync(HttpMethod.Post, "/accounts/new", body, Full));
    }

    [Fact]
    public async Task Unknown_routes_are_404_with_a_detail()
    {
        await AssertDetailAsync(await GetAsync("/nowhere"), 404, "Not Found");
        await AssertDetailAsync(await GetAsync("/account/1/award"), 404, "Not Found");
    }

    [Fact]
    public async Task A_known_route_with_another_method_is_405()
    {
        await AssertDetailAsync(await SendAsync(HttpMethod.Post, $"/account/{CaptainId}", null, Full), 405, "Method Not Allowed");
        await AssertDetailAsync(await SendAsync(HttpMethod.Delete, "/accounts/search", null, Full), 405, "Method Not Allowed");
    }
}
