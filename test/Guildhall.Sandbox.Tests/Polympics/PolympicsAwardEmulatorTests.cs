using System.Text.Json.Nodes;

namespace Guildhall.Sandbox.Tests.Polympics;

public sealed class PolympicsAwardEmulatorTests : PolympicsSandbox
{
    private const ulong Apollo = 310473552284467203;

    [Fact]
    public async Task Get_returns_the_award_its_awardees_and_its_team()
    {
        var award = await JsonAsync(await GetAsync("/award/1"), 200);
        Assert.Equal("Perfect 10 Gold", (string?)award["award"]!["title"]);
        Assert.Equal([CaptainId.ToString(), AdminId.ToString()], award["awardees"]!.AsArray().Select(a => (string)a!["id"]!));
        Assert.Equal(1, (int)award["team"]!["id"]!);
    }

    [Fact]
    public async Task Create_deduplicates_accounts_and_reports_unknown_ones_by_index()
    {
        var body = new JsonObject { ["title"] = "Gold", ["image_url"] = "https://x.example/g.png", ["team"] = 3, ["accounts"] = new JsonArray(Apollo, Apollo) };
        var created = await JsonAsync(await SendAsync(HttpMethod.Post, "/awards/new", body, Full), 201);
        Assert.Equal(["id", "title", "image_url"], created.AsObject().Select(p => p.Key));
        var read = await JsonAsync(await GetAsync($"/award/{(int)created["id"]!}"), 200);
        Assert.Single(read["awardees"]!.AsArray());

        body["accounts"] = new JsonArray(Apollo, 5);
        Assert.Equal([("body.accounts.1", "Account not found.", "value_error")], await IssuesAsync(await SendAsync(HttpMethod.Post, "/awards/new", body, Full)));
    }

    [Fact]
    public async Task Create_needs_manage_awards_and_titles_over_32_characters_crash()
    {
        var body = new JsonObject { ["title"] = "Gold", ["image_url"] = "https://x.example/g.png", ["team"] = 3, ["accounts"] = new JsonArray() };
        await AssertDetailAsync(await SendAsync(HttpMethod.Post, "/awards/new", body, Limited), 403, "Request outside of authorisation scope.");
        body["title"] = new string('t', 33);
        await AssertPlainServerErrorAsync(await SendAsync(HttpMethod.Post, "/awards/new", body, Full));
    }

    [Fact]
    public async Task Update_changes_only_the_given_fields()
    {
        var updated = await JsonAsync(await SendAsync(HttpMethod.Patch, "/award/2", new JsonObject { ["title"] = "Gold Spear", ["team"] = 3 }, Admin), 200);
        Assert.Equal("Gold Spear", (string?)updated["title"]);
        Assert.Equal("https://polympics.example/awards/silver.png", (string?)updated["image_url"]);
        Assert.Equal(3, (int)(await JsonAsync(await GetAsync("/award/2"), 200))["team"]!["id"]!);
    }

    [Fact]
    public async Task Delete_removes_the_award_from_its_holders()
    {
        await AssertEmptyAsync(await SendAsync(HttpMethod.Delete, "/award/1", null, Full), 204);
        Assert.Empty((await JsonAsync(await GetAsync($"/account/{CaptainId}"), 200))["awards"]!.AsArray());
    }

    [Fact]
    public async Task Give_is_201_then_208_and_take_is_204_then_a_bodiless_404()
    {
        await AssertEmptyAsync(await SendAsync(HttpMethod.Put, $"/account/{Apollo}/award/3", null, Full), 201);
        await AssertEmptyAsync(await SendAsync(HttpMethod.Put, $"/account/{Apollo}/award/3", null, Full), 208);
        Assert.Equal("Bronze Shield", (string?)(await JsonAsync(await GetAsync($"/account/{Apollo}"), 200))["awards"]![0]!["title"]);
        await AssertEmptyAsync(await SendAsync(HttpMethod.Delete, $"/account/{Apollo}/award/3", null, Full), 204);
        await AssertEmptyAsync(await SendAsync(HttpMethod.Delete, $"/account/{Apollo}/award/3", null, Full), 404);
    }

    [Fact]
    public async Task Give_checks_both_ids_before_permissions()
    {
        var issues = await IssuesAsync(await SendAsync(HttpMethod.Put, "/account/1/award/99", null, Captain));
        Assert.Equal([("path.account", "Account not found.", "value_error"), ("path.award", "Award not found.", "value_error")], issues);
        await AssertDetailAsync(await SendAsync(HttpMethod.Put, $"/account/{Apollo}/award/3", null, Captain), 403, "Request outside of authorisation scope.");
    }
}
