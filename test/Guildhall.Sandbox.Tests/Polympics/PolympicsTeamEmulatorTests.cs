using System.Text.Json.Nodes;

namespace Guildhall.Sandbox.Tests.Polympics;

public sealed class PolympicsTeamEmulatorTests : PolympicsSandbox
{
    [Fact]
    public async Task Create_needs_manage_teams_and_answers_201()
    {
        await AssertDetailAsync(await SendAsync(HttpMethod.Post, "/teams/new", new JsonObject { ["name"] = "Kickoo" }, Limited), 403, "Request outside of authorisation scope.");
        var team = await JsonAsync(await SendAsync(HttpMethod.Post, "/teams/new", new JsonObject { ["name"] = "Kickoo" }, Full), 201);
        Assert.Equal(8, (int)team["id"]!);
        Assert.Equal(0, (int)team["member_count"]!);
        Assert.Empty(team["awards"]!.AsArray());
        Assert.Equal("Kickoo", (string?)(await JsonAsync(await GetAsync("/team/8"), 200))["name"]);
    }

    [Fact]
    public async Task Names_go_out_as_utf8_not_escaped()
    {
        await JsonAsync(await SendAsync(HttpMethod.Post, "/teams/new", new JsonObject { ["name"] = "Équipe Ω" }, Full), 201);
        var raw = await (await GetAsync("/team/8")).Content.ReadAsStringAsync();
        Assert.Contains("\"name\":\"Équipe Ω\"", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_without_a_name_is_422()
    {
        Assert.Equal([("body.name", "field required", "value_error.missing")], await IssuesAsync(await SendAsync(HttpMethod.Post, "/teams/new", new JsonObject(), Full)));
    }

    [Fact]
    public async Task Rename_is_allowed_to_team_managers_and_to_the_captain_of_that_team()
    {
        var renamed = await JsonAsync(await SendAsync(HttpMethod.Patch, "/team/1", new JsonObject { ["name"] = "Cool Gods" }, Captain), 200);
        Assert.Equal("Cool Gods", (string?)renamed["name"]);
        await AssertDetailAsync(await SendAsync(HttpMethod.Patch, "/team/2", new JsonObject { ["name"] = "Nope" }, Captain), 403, "Request outside of authorisation scope.");
        await JsonAsync(await SendAsync(HttpMethod.Patch, "/team/2", new JsonObject { ["name"] = "Yes" }, Full), 200);
    }

    [Fact]
    public async Task Delete_leaves_the_members_without_a_team()
    {
        await AssertEmptyAsync(await SendAsync(HttpMethod.Delete, "/team/4", null, Full), 204);
        Assert.Equal([("path.team", "Team not found.", "value_error")], await IssuesAsync(await GetAsync("/team/4")));
        var ares = await JsonAsync(await GetAsync("/account/310473552284467213"), 200);
        Assert.Null(ares["team"]);
    }

    [Fact]
    public async Task Deleting_a_team_that_has_awards_fails_in_the_database()
    {
        await AssertPlainServerErrorAsync(await SendAsync(HttpMethod.Delete, "/team/1", null, Full));
        await JsonAsync(await GetAsync("/team/1"), 200);
    }

    [Fact]
    public async Task A_wrong_token_gets_outside_scope_not_401()
    {
        var response = await SendAsync(HttpMethod.Delete, "/team/4", null, Basic("A1", "wrong"));
        await AssertDetailAsync(response, 403, "Request outside of authorisation scope.");
    }
}
