using System.Net;
using static Guildhall.Sandbox.Tests.TopGg.TopGgSandbox;
using static Guildhall.Sandbox.TopGg.TopGgSandboxCredentials;

namespace Guildhall.Sandbox.Tests.TopGg;

public sealed class TopGgMiscTests
{
    [Theory]
    [InlineData("2026-03-05T23:59:59Z", false)]
    [InlineData("2026-03-06T00:00:00Z", true)]
    [InlineData("2026-03-07T12:00:00Z", true)]
    [InlineData("2026-03-08T23:59:59Z", true)]
    [InlineData("2026-03-09T00:00:00Z", false)]
    public async Task Weekend_is_friday_to_sunday_utc(string now, bool weekend)
    {
        await using var sandbox = await StartAsync(start: DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));
        var body = await ReadJsonAsync(await sandbox.GetAsync("weekend", LegacyToken), HttpStatusCode.OK);
        Assert.Equal($$"""{"is_weekend":{{(weekend ? "true" : "false")}}}""", body.ToJsonString());
    }

    [Fact]
    public async Task Weekend_follows_the_clock()
    {
        await using var sandbox = await StartAsync();
        Assert.False((bool)(await ReadJsonAsync(await sandbox.GetAsync("weekend"), HttpStatusCode.OK))["is_weekend"]!);
        sandbox.Clock.Advance(TimeSpan.FromDays(2));
        Assert.True((bool)(await ReadJsonAsync(await sandbox.GetAsync("weekend"), HttpStatusCode.OK))["is_weekend"]!);
    }

    [Fact]
    public async Task Weekend_needs_a_token()
    {
        await using var sandbox = await StartAsync();
        await ReadJsonAsync(await sandbox.SendAsync(HttpMethod.Get, "weekend"), HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData(OwnerId)]
    [InlineData(UnknownId)]
    public async Task Users_are_no_longer_served(ulong userId)
    {
        await using var sandbox = await StartAsync();
        var body = await ReadJsonAsync(await sandbox.GetAsync($"users/{userId}"), HttpStatusCode.NotFound);
        Assert.Equal("User not found.", (string?)body["message"]);
    }

    [Fact]
    public async Task Seeded_votes_follow_any_clock_even_one_before_the_snowflake_epoch()
    {
        await using var sandbox = await StartAsync(start: new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var check = await ReadJsonAsync(await sandbox.GetAsync($"bots/check?userId={RecentVoterId}"), HttpStatusCode.OK);
        Assert.Equal(1, (int)check["voted"]!);
        var voters = await ReadJsonAsync(await sandbox.GetAsync("bots/votes"), HttpStatusCode.OK);
        Assert.Equal(100, voters.AsArray().Count);
    }
}
