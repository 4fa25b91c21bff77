using System.Globalization;
using System.Net;
using static Guildhall.Sandbox.Tests.SandboxAssert;
using static Guildhall.Sandbox.Tests.TopGg.TopGgSandbox;
using static Guildhall.Sandbox.TopGg.TopGgSandboxCredentials;

namespace Guildhall.Sandbox.Tests.TopGg;

public sealed class TopGgV1VoteTests
{
    private const string V1Date = @"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}\+00:00$";

    [Fact]
    public async Task Votes_page_with_a_cursor_in_creation_order_until_the_cursor_is_empty()
    {
        await using var sandbox = await StartAsync();
        var start = Uri.EscapeDataString(DefaultStart.AddDays(-31).ToString("O", CultureInfo.InvariantCulture));
        var page = await ReadJsonAsync(await sandbox.GetAsync($"v1/projects/@me/votes?startDate={start}"), HttpStatusCode.OK);
        var created = new List<DateTimeOffset>();
        var pages = 1;
        while (true)
        {
            var data = page["data"]!.AsArray();
            Assert.True(data.Count <= 100);
            foreach (var vote in data)
            {
                Assert.Equal(["user_id", "platform_id", "weight", "created_at", "expires_at"], vote!.AsObject().Select(p => p.Key));
                Assert.Matches(V1Date, (string?)vote["created_at"]);
                var at = DateTimeOffset.Parse((string)vote["created_at"]!, CultureInfo.InvariantCulture);
                Assert.Equal(at.AddHours(12), DateTimeOffset.Parse((string)vote["expires_at"]!, CultureInfo.InvariantCulture));
                created.Add(at);
            }

            var cursor = (string)page["cursor"]!;
            if (cursor.Length == 0)
            {
                break;
            }

            Assert.Equal(100, data.Count);
            Assert.True(pages < 1000, "the cursor never ran out");
            page = await ReadJsonAsync(await sandbox.GetAsync($"v1/projects/@me/votes?cursor={Uri.EscapeDataString(cursor)}"), HttpStatusCode.OK);
            pages++;
        }

        Assert.True(pages > 10);
        Assert.Equal(created.Order(), created);
        Assert.True(created.Count > 1000);
        Assert.True(created[^1] <= DefaultStart);
    }

    [Fact]
    public async Task Votes_after_a_start_date_include_only_newer_votes()
    {
        await using var sandbox = await StartAsync();
        var since = DefaultStart.AddHours(-3);
        var page = await ReadJsonAsync(
            await sandbox.GetAsync($"v1/projects/@me/votes?startDate={Uri.EscapeDataString(since.ToString("O", CultureInfo.InvariantCulture))}"),
            HttpStatusCode.OK);

        var data = page["data"]!.AsArray();
        Assert.Contains(data, v => (string?)v!["user_id"] == RecentVoterTopGgId.ToString() && (string?)v["platform_id"] == RecentVoterId.ToString());
        Assert.All(data, v => Assert.True(DateTimeOffset.Parse((string)v!["created_at"]!, CultureInfo.InvariantCulture) >= since));
        Assert.Equal("", (string?)page["cursor"]);
    }

    [Theory]
    [InlineData("v1/projects/@me/votes", "startDate")]
    [InlineData("v1/projects/@me/votes?cursor=", "startDate")]
    [InlineData("v1/projects/@me/votes?startDate=yesterday", "ISO 8601")]
    [InlineData("v1/projects/@me/votes?startDate=2025-03-03T00:00:00Z", "1 year")]
    [InlineData("v1/projects/@me/votes?cursor=%25%25%25", "cursor")]
    [InlineData("v1/projects/@me/votes?cursor=bm9wZQ", "cursor")]
    public async Task Votes_need_a_valid_cursor_or_a_start_date_within_a_year(string path, string detailMentions)
    {
        await using var sandbox = await StartAsync();
        var problem = await ReadProblemAsync(await sandbox.GetAsync(path), HttpStatusCode.BadRequest);
        Assert.Contains(detailMentions, (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RecentVoterTopGgId, "")]
    [InlineData(RecentVoterTopGgId, "?source=topgg")]
    [InlineData(RecentVoterId, "?source=discord")]
    public async Task Vote_status_of_a_recent_voter(ulong userId, string query)
    {
        await using var sandbox = await StartAsync();
        var vote = (await ReadJsonAsync(await sandbox.GetAsync($"v1/projects/@me/votes/{userId}{query}"), HttpStatusCode.OK)).AsObject();

        Assert.Equal(["created_at", "expires_at", "weight"], vote.Select(p => p.Key));
        Assert.Matches(V1Date, (string?)vote["created_at"]);
        Assert.Matches(V1Date, (string?)vote["expires_at"]);
        Assert.Equal(1, (int)vote["weight"]!);
        Assert.True(DateTimeOffset.Parse((string)vote["expires_at"]!, CultureInfo.InvariantCulture) > DefaultStart);
    }

    [Theory]
    [InlineData(ExpiredVoterTopGgId, "", "Vote expired")]
    [InlineData(NonVoterId, "?source=discord", "Vote expired")]
    [InlineData(RecentVoterId, "", "User not found")]
    [InlineData(UnknownId, "?source=discord", "User not found")]
    [InlineData(UnknownId, "", "User not found")]
    public async Task Vote_status_is_404_for_expired_votes_and_unknown_users(ulong userId, string query, string title)
    {
        await using var sandbox = await StartAsync();
        var problem = await ReadProblemAsync(await sandbox.GetAsync($"v1/projects/@me/votes/{userId}{query}"), HttpStatusCode.NotFound);
        Assert.Equal(title, (string?)problem["title"]);
        Assert.False(string.IsNullOrEmpty((string?)problem["detail"]));
    }

    [Fact]
    public async Task Vote_status_source_must_be_topgg_or_discord()
    {
        await using var sandbox = await StartAsync();
        var problem = await ReadProblemAsync(await sandbox.GetAsync($"v1/projects/@me/votes/{RecentVoterId}?source=steam"), HttpStatusCode.BadRequest);
        Assert.Contains("source", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vote_status_expires_with_the_clock()
    {
        await using var sandbox = await StartAsync();
        await ReadJsonAsync(await sandbox.GetAsync($"v1/projects/@me/votes/{RecentVoterTopGgId}"), HttpStatusCode.OK);
        sandbox.Clock.Advance(TimeSpan.FromHours(10));
        var problem = await ReadProblemAsync(await sandbox.GetAsync($"v1/projects/@me/votes/{RecentVoterTopGgId}"), HttpStatusCode.NotFound);
        Assert.Equal("Vote expired", (string?)problem["title"]);
    }
}
