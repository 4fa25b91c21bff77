using System.Text.Json.Nodes;
using Guildhall.Sandbox.Osu;

namespace Guildhall.Sandbox.Tests.Osu;

public sealed class OsuEventAndSearchTests(OsuSharedHost shared) : IClassFixture<OsuSharedHost>
{
    private OsuTestHost Host => shared.Host;

    [Theory]
    [InlineData("id_desc")]
    [InlineData("id_asc")]
    public async Task Events_page_by_cursor_to_the_end(string sort)
    {
        var ids = new List<long>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var body = await Host.GetJsonAsync($"osu/api/v2/events?sort={sort}" + (cursor is null ? "" : "&cursor_string=" + cursor), shared.ClientToken);
            Assert.Equal(["events", "cursor", "cursor_string"], OsuJson.Keys(body));
            var events = body["events"]!.AsArray();
            Assert.True(events.Count <= 50);
            ids.AddRange(events.Select(e => e!["id"]!.GetValue<long>()));
            cursor = body["cursor_string"]?.GetValue<string>();
            if (body["cursor"] is JsonObject next)
            {
                Assert.Equal(events[^1]!["id"]!.GetValue<long>(), next["event_id"]!.GetValue<long>());
            }

            pages++;
        }
        while (cursor is not null && pages < 200);

        Assert.Null(cursor);
        Assert.True(pages > 1);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(sort == "id_asc" ? ids.Order() : ids.OrderDescending(), ids);
    }

    [Fact]
    public async Task Search_all_returns_users_and_wiki_pages()
    {
        var body = await Host.GetJsonAsync($"osu/api/v2/search?query={OsuSandboxSeed.StaffUsername}", shared.ClientToken);
        var wiki = await Host.GetJsonAsync("osu/api/v2/search?query=api", shared.ClientToken);

        Assert.Equal(["user", "wiki_page"], OsuJson.Keys(body));
        Assert.Equal(OsuSandboxSeed.StaffUsername, body["user"]!["data"]![0]!["username"]!.GetValue<string>());
        Assert.Equal(13, OsuJson.Keys(body["user"]!["data"]![0]!).Count);
        var page = wiki["wiki_page"]!["data"]!.AsArray().Single(p => p!["path"]!.GetValue<string>() == "osu!api")!;
        Assert.Equal("en", page["locale"]!.GetValue<string>());
    }

    [Fact]
    public async Task Search_by_mode_pages_users_twenty_at_a_time()
    {
        var first = await Host.GetJsonAsync("osu/api/v2/search?mode=user&query=a", shared.ClientToken);
        var second = await Host.GetJsonAsync("osu/api/v2/search?mode=user&query=a&page=2", shared.ClientToken);
        var wikiOnly = await Host.GetJsonAsync("osu/api/v2/search?mode=wiki_page&query=main", shared.ClientToken);
        var empty = await Host.GetJsonAsync("osu/api/v2/search?mode=user", shared.ClientToken);

        Assert.Equal(["user"], OsuJson.Keys(first));
        Assert.Equal(20, first["user"]!["data"]!.AsArray().Count);
        Assert.True(first["user"]!["total"]!.GetValue<int>() > 20);
        Assert.Empty(first["user"]!["data"]!.AsArray().Select(u => u!["id"]!.GetValue<long>())
            .Intersect(second["user"]!["data"]!.AsArray().Select(u => u!["id"]!.GetValue<long>())));
        Assert.Equal(["wiki_page"], OsuJson.Keys(wikiOnly));
        Assert.Equal("Main_page", wikiOnly["wiki_page"]!["data"]![0]!["path"]!.GetValue<string>());
        Assert.Equal("""{"user":{"data":[],"total":0}}""", empty.ToJsonString());
    }
}
