using System.Text.Json.Nodes;

namespace Guildhall.Sandbox.Tests.Polympics;

public sealed class PolympicsSearchEmulatorTests : PolympicsSandbox
{
    [Fact]
    public async Task Accounts_come_in_pages_of_twenty_sorted_by_name_then_id()
    {
        var first = await JsonAsync(await GetAsync("/accounts/search"), 200);
        Assert.Equal(0, (int)first["page"]!);
        Assert.Equal(20, (int)first["per_page"]!);
        Assert.Equal(2, (int)first["pages"]!);
        Assert.Equal(26, (int)first["results"]!);
        var names = first["data"]!.AsArray().Select(a => (string)a!["name"]!).ToList();
        Assert.Equal(20, names.Count);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);

        var second = await JsonAsync(await GetAsync("/accounts/search?page=1"), 200);
        Assert.Equal(6, second["data"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_page_past_the_end_is_empty_with_the_totals_kept()
    {
        var past = await JsonAsync(await GetAsync("/accounts/search?page=5&per_page=10"), 200);
        Assert.Empty(past["data"]!.AsArray());
        Assert.Equal(3, (int)past["pages"]!);
        Assert.Equal(26, (int)past["results"]!);
    }

    [Theory]
    [InlineData("per_page=0")]
    [InlineData("page=-1")]
    [InlineData("per_page=-1")]
    public async Task Out_of_range_paging_crashes_the_server(string query)
    {
        await AssertPlainServerErrorAsync(await GetAsync("/accounts/search?" + query));
    }

    [Fact]
    public async Task Paging_values_that_are_not_integers_are_422()
    {
        Assert.Equal([("query.page", "value is not a valid integer", "type_error.integer")], await IssuesAsync(await GetAsync("/teams/search?page=one")));
    }

    [Fact]
    public async Task Text_search_is_a_case_insensitive_like_with_unescaped_wildcards()
    {
        var bob = await JsonAsync(await GetAsync("/accounts/search?q=BOB"), 200);
        Assert.Equal(["Bobby Tables", "Bobcat", "bob"], bob["data"]!.AsArray().Select(a => (string)a!["name"]!));

        // '_' matches any one character, as the server passes the text to ILIKE unescaped.
        var wildcard = await JsonAsync(await GetAsync("/accounts/search?q=e_e"), 200);
        Assert.Equal(["Demeter", "Selene"], wildcard["data"]!.AsArray().Select(a => (string)a!["name"]!));
        var literal = await JsonAsync(await GetAsync("/accounts/search?q=e%5C_e"), 200);
        Assert.Empty(literal["data"]!.AsArray());
        var escaped = await JsonAsync(await GetAsync("/accounts/search?q=s%5C_o"), 200);
        Assert.Equal(["iris_of_rainbows"], escaped["data"]!.AsArray().Select(a => (string)a!["name"]!));
    }

    [Fact]
    public async Task Accounts_filter_by_team_and_an_unknown_team_is_422()
    {
        var team = await JsonAsync(await GetAsync("/accounts/search?team=2&q=bob"), 200);
        Assert.Equal(3, (int)team["results"]!);
        Assert.Equal([("query.team", "Team not found.", "value_error")], await IssuesAsync(await GetAsync("/accounts/search?team=77")));
    }

    [Fact]
    public async Task Teams_search_by_name()
    {
        var all = await JsonAsync(await GetAsync("/teams/search"), 200);
        Assert.Equal(7, (int)all["results"]!);
        Assert.Equal(1, (int)all["pages"]!);
        var found = await JsonAsync(await GetAsync("/teams/search?q=olymp"), 200);
        var team = Assert.Single(found["data"]!.AsArray())!;
        Assert.Equal("Gods of Olympus", (string?)team["name"]);
        Assert.Equal(5, (int)team["member_count"]!);
        Assert.Equal("Perfect 10 Gold", (string?)Assert.Single(team["awards"]!.AsArray())!["title"]);
    }

    [Fact]
    public async Task Seeded_extra_accounts_show_up_in_the_totals()
    {
        var accounts = new JsonArray([.. Enumerable.Range(0, 30).Select(i => (JsonNode)new JsonObject { ["id"] = 500 + i, ["name"] = $"Extra {i:D2}" })]);
        await AdminAsync(HttpMethod.Post, "seed", new JsonObject { ["accounts"] = accounts }, 201);
        var page = await JsonAsync(await GetAsync("/accounts/search?per_page=7"), 200);
        Assert.Equal(56, (int)page["results"]!);
        Assert.Equal(8, (int)page["pages"]!);
    }
}
