using System.Text.Json.Nodes;

namespace Guildhall.Sandbox.Tests.Polympics;

public sealed class PolympicsAdminEmulatorTests : PolympicsSandbox
{
    [Fact]
    public async Task The_credentials_list_names_the_polympics_apps_and_sessions()
    {
        var credentials = await JsonAsync(await SendAsync(HttpMethod.Get, "/_sandbox/credentials", null, authorization: null), 200);
        var values = credentials.AsArray().Where(c => (string?)c!["api"] == "polympics").Select(c => (string)c!["value"]!).ToList();
        Assert.Contains(values, v => v.StartsWith("A1:", StringComparison.Ordinal));
        Assert.Contains(values, v => v.StartsWith("A2:", StringComparison.Ordinal));
        Assert.Contains(values, v => v.StartsWith("S1:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reset_restores_the_seed()
    {
        await AssertEmptyAsync(await SendAsync(HttpMethod.Delete, "/team/5", null, Full), 204);
        await AdminAsync(HttpMethod.Post, "reset");
        await JsonAsync(await GetAsync("/team/5"), 200);
    }

    [Fact]
    public async Task Seed_creates_apps_with_chosen_permissions_and_returns_their_tokens()
    {
        var seeded = await AdminAsync(HttpMethod.Post, "seed", new JsonObject
        {
            ["teams"] = new JsonArray(new JsonObject { ["name"] = "Luxidoor" }),
            ["apps"] = new JsonArray(new JsonObject { ["name"] = "Awards bot", ["permissions"] = 64 }),
            ["sessions"] = new JsonArray(new JsonObject { ["account"] = "310473552284467203" }),
        }, 201);
        var app = seeded["apps"]![0]!;
        var me = await JsonAsync(await SendAsync(HttpMethod.Get, "/auth/me", null, Basic((string)app["username"]!, (string)app["password"]!)), 200);
        Assert.Equal(64, (int)me["permissions"]!);
        Assert.Equal("Luxidoor", (string?)seeded["teams"]![0]!["name"]);
        var session = seeded["sessions"]![0]!;
        Assert.Equal("Apollo", (string?)(await JsonAsync(await SendAsync(HttpMethod.Get, "/auth/me", null, Basic((string)session["username"]!, (string)session["password"]!)), 200))["name"]);
    }

    [Fact]
    public async Task Bad_admin_input_is_400()
    {
        var response = await SendAsync(HttpMethod.Post, "/_sandbox/polympics/seed", "{\"accounts\": [{\"id\": 1}]}", authorization: null);
        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("'name' is required", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Faults_answer_matching_requests_then_run_out()
    {
        await AdminAsync(HttpMethod.Post, "faults", new JsonObject { ["status"] = 502, ["content_type"] = "text/html", ["body"] = "<html>Bad gateway</html>", ["count"] = 2, ["path"] = "/team" }, 201);
        await JsonAsync(await GetAsync("/account/" + CaptainId), 200);
        for (var i = 0; i < 2; i++)
        {
            var response = await GetAsync("/team/1");
            Assert.Equal(502, (int)response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        }

        await JsonAsync(await GetAsync("/team/1"), 200);
        Assert.Empty((await AdminAsync(HttpMethod.Get, "faults")).AsArray());
    }

    [Fact]
    public async Task A_truncated_body_can_be_queued()
    {
        await AdminAsync(HttpMethod.Post, "faults", new JsonObject { ["status"] = 200, ["content_type"] = "application/json", ["body"] = "{\"id\": \"31" }, 201);
        var response = await GetAsync("/account/" + CaptainId);
        Assert.Equal("{\"id\": \"31", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task State_lists_everything_without_secrets()
    {
        var state = await AdminAsync(HttpMethod.Get, "state");
        Assert.Equal(26, state["accounts"]!.AsArray().Count);
        Assert.Equal(7, state["teams"]!.AsArray().Count);
        Assert.Equal(3, state["awards"]!.AsArray().Count);
        Assert.Equal(2, state["apps"]!.AsArray().Count);
        Assert.DoesNotContain("c2FuZGJveDpwb2x5", state.ToJsonString(), StringComparison.Ordinal);
    }
}
