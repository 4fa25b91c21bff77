using System.Net;
using System.Text.Json.Nodes;

namespace Guildhall.Sandbox.Tests.Osu;

public sealed class OsuRankingTests(OsuSharedHost shared) : IClassFixture<OsuSharedHost>
{
    private OsuTestHost Host => shared.Host;

    [Theory]
    [InlineData("performance", "pp")]
    [InlineData("score", "ranked_score")]
    public async Task Global_rankings_page_by_cursor_to_the_end_in_order(string type, string field)
    {
        var values = new List<double>();
        var users = new List<long>();
        var query = "";
        int total;
        var pages = 0;
        while (true)
        {
            var body = await Host.GetJsonAsync($"osu/api/v2/rankings/osu/{type}{query}", shared.ClientToken);
            Assert.Equal(["cursor", "cursor_string", "ranking", "total"], OsuJson.Keys(body));
            total = body["total"]!.GetValue<int>();
            foreach (var row in body["ranking"]!.AsArray())
            {
                values.Add(row![field]!.GetValue<double>());
                users.Add(row["user"]!["id"]!.GetValue<long>());
            }

            if (body["cursor_string"] is not JsonValue cursor)
            {
                Assert.Null(body["cursor"]);
                break;
            }

            Assert.True(++pages < 1000, "the cursor never ran out");
            query = "?cursor_string=" + cursor.GetValue<string>();
        }

        Assert.True(total > 50);
        Assert.Equal(total, users.Count);
        Assert.Equal(total, users.Distinct().Count());
        Assert.Equal(values.OrderDescending(), values);
    }

    [Fact]
    public async Task Performance_rows_carry_statistics_user_card_and_rank_change()
    {
        var body = await Host.GetJsonAsync("osu/api/v2/rankings/osu/performance", shared.ClientToken);
        var first = body["ranking"]![0]!;
        var byPage = await Host.GetJsonAsync("osu/api/v2/rankings/osu/performance?cursor[page]=2", shared.ClientToken);
        var byCursor = await Host.GetJsonAsync($"osu/api/v2/rankings/osu/performance?cursor_string={body["cursor_string"]}", shared.ClientToken);

        Assert.Equal(1, first["global_rank"]!.GetValue<int>());
        Assert.NotNull(first["rank_change_since_30_days"]);
        Assert.NotNull(first["grade_counts"]);
        Assert.Equal(["country", "cover", "team"], OsuJson.Keys(first["user"]!).Skip(13));
        Assert.Equal("""{"page":2}""", body["cursor"]!.ToJsonString());
        Assert.Equal(byPage.ToJsonString(), byCursor.ToJsonString());
    }

    [Fact]
    public async Task Country_filter_adds_country_rank_and_friends_filter_needs_a_user()
    {
        var country = await Host.GetJsonAsync("osu/api/v2/rankings/osu/performance?country=US", shared.ClientToken);
        var friends = await Host.GetJsonAsync("osu/api/v2/rankings/osu/performance?filter=friends", shared.UserToken);
        var guestFriends = await Host.GetJsonAsync("osu/api/v2/rankings/osu/performance?filter=friends", shared.ClientToken);
        var unknownCountry = await Host.GetJsonAsync("osu/api/v2/rankings/osu/performance?country=XX", shared.ClientToken, HttpStatusCode.NotFound);

        var rows = country["ranking"]!.AsArray();
        Assert.All(rows, r => Assert.Equal("US", r!["user"]!["country_code"]!.GetValue<string>()));
        Assert.Equal(Enumerable.Range(1, rows.Count), rows.Select(r => r!["country_rank"]!.GetValue<int>()));
        Assert.Null(rows[0]!["rank_change_since_30_days"]);
        Assert.Contains(friends["ranking"]!.AsArray(), r => r!["user"]!["id"]!.GetValue<long>() == Guildhall.Sandbox.Osu.OsuSandboxCredentials.UserId);
        Assert.Equal(0, guestFriends["total"]!.GetValue<int>());
        Assert.Equal("Specified CountryStatistics couldn't be found.", unknownCountry["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Mania_variants_rank_by_variant_performance()
    {
        var variant = await Host.GetJsonAsync("osu/api/v2/rankings/mania/performance?variant=4k", shared.ClientToken);
        var invalid = await Host.GetJsonAsync("osu/api/v2/rankings/osu/performance?variant=4k", shared.ClientToken, HttpStatusCode.UnprocessableEntity);

        Assert.NotEmpty(variant["ranking"]!.AsArray());
        Assert.Equal("invalid variant parameter specified", invalid["error"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("osu/api/v2/rankings/osu/global_ranking", HttpStatusCode.NotFound, "invalid type specified")]
    [InlineData("osu/api/v2/rankings/piano/performance", HttpStatusCode.NotFound, "invalid ruleset specified")]
    [InlineData("osu/api/v2/rankings/osu/performance?filter=enemies", HttpStatusCode.UnprocessableEntity, "invalid filter parameter specified")]
    public async Task Bad_ranking_requests_answer_the_osu_errors(string path, HttpStatusCode status, string message)
    {
        var body = await Host.GetJsonAsync(path, shared.ClientToken, status);

        Assert.Equal(message, body["error"]!.GetValue<string>());
        Assert.Equal(["error"], OsuJson.Keys(body));
    }

    [Fact]
    public async Task Country_and_team_rankings_aggregate_users()
    {
        var countries = (await Host.GetJsonAsync("osu/api/v2/rankings/taiko/country", shared.ClientToken))["ranking"]!.AsArray();
        var teams = (await Host.GetJsonAsync("osu/api/v2/rankings/osu/team", shared.ClientToken))["ranking"]!.AsArray();

        Assert.Equal(["code", "active_users", "play_count", "ranked_score", "performance", "country"], OsuJson.Keys(countries[0]!));
        var performance = countries.Select(c => c!["performance"]!.GetValue<double>()).ToList();
        Assert.Equal(performance.OrderDescending(), performance);
        Assert.Equal(["team_id", "ruleset_id", "play_count", "ranked_score", "performance", "member_count", "team"], OsuJson.Keys(teams[0]!));
    }

    [Fact]
    public async Task Charts_return_the_newest_spotlight_with_its_sets_and_ranking()
    {
        var spotlights = (await Host.GetJsonAsync("osu/api/v2/spotlights", shared.ClientToken))["spotlights"]!.AsArray();
        var older = spotlights[1]!["id"]!.GetValue<long>();
        var charts = await Host.GetJsonAsync("osu/api/v2/rankings/osu/charts", shared.ClientToken);
        var chosen = await Host.GetJsonAsync($"osu/api/v2/rankings/osu/charts?spotlight={older}", shared.ClientToken);
        var missing = await Host.GetJsonAsync("osu/api/v2/rankings/osu/charts?spotlight=99999", shared.ClientToken, HttpStatusCode.NotFound);

        Assert.Equal(["beatmapsets", "ranking", "spotlight"], OsuJson.Keys(charts));
        var newest = spotlights.Max(s => s!["id"]!.GetValue<long>());
        Assert.Equal(newest, charts["spotlight"]!["id"]!.GetValue<long>());
        Assert.Equal(charts["ranking"]!.AsArray().Count, charts["spotlight"]!["participant_count"]!.GetValue<int>());
        Assert.NotEmpty(charts["beatmapsets"]!.AsArray());
        Assert.Equal(older, chosen["spotlight"]!["id"]!.GetValue<long>());
        Assert.Equal("Specified Spotlight couldn't be found.", missing["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Kudosu_ranking_and_spotlights_are_newest_or_highest_first()
    {
        var kudosu = await Host.GetJsonAsync("osu/api/v2/rankings/kudosu", shared.ClientToken);
        var second = await Host.GetJsonAsync("osu/api/v2/rankings/kudosu?page=2", shared.ClientToken);
        var spotlights = await Host.GetJsonAsync("osu/api/v2/spotlights", shared.ClientToken);

        var totals = kudosu["ranking"]!.AsArray().Concat(second["ranking"]!.AsArray()).Select(u => u!["kudosu"]!["total"]!.GetValue<int>()).ToList();
        Assert.Equal(totals.OrderDescending(), totals);
        var starts = spotlights["spotlights"]!.AsArray().Select(s => s!["start_date"]!.GetValue<string>()).ToList();
        Assert.Equal(starts.OrderDescending(StringComparer.Ordinal), starts);
        Assert.Contains(spotlights["spotlights"]!.AsArray(), s => s!["type"]!.GetValue<string>() != "monthly");
    }
}
