using Guildhall.Sandbox.Hosting;
using Guildhall.Tatsu.Models;
using static Guildhall.Sandbox.Tatsu.TatsuSandboxData;

namespace Guildhall.Tatsu.Tests;

/// <summary>The client over real sockets, against the sandbox on Kestrel at a free loopback port, on the system clock.</summary>
public sealed class TatsuKestrelTests
{
    [Fact]
    public async Task Every_read_route_works_over_real_http()
    {
        await using var host = await SandboxHost.StartAsync();
        // A key of its own, so the process-wide budget of the system clock is not shared with other tests.
        using (var admin = host.CreateClient("_sandbox/tatsu"))
        using (var content = new StringContent($$"""{"key":"kestrel-test-key","user_id":"{{GuildmasterUserId}}"}""", System.Text.Encoding.UTF8, "application/json"))
        {
            (await admin.PostAsync("keys", content)).EnsureSuccessStatusCode();
        }

        await using var tatsu = new TatsuClient("kestrel-test-key", new TatsuClientOptions { BaseAddress = host.GetApiBase("tatsu/v1") });

        var profile = await tatsu.Users.GetProfileAsync(SupporterUserId);
        var ranking = await tatsu.Rankings.GetMemberRankingAsync(LibraryGuildId, GuildmasterUserId, TatsuTimeframe.Week);
        var page = await tatsu.Rankings.GetGuildRankingsPageAsync(LibraryGuildId, offset: 190);
        var points = await tatsu.Members.GetPointsAsync(LibraryGuildId, ApprenticeUserId);
        var listing = await tatsu.Store.GetListingAsync(AntiqueChairListingId);

        Assert.Equal(TatsuSubscriptionType.SupporterPlus, profile.SubscriptionType);
        Assert.Equal(GuildmasterUserId, ranking.UserId);
        Assert.Equal(10, page.Rankings.Count);
        Assert.Equal(ApprenticeUserId, points.UserId);
        Assert.Equal(TatsuStoreCurrency.Credits, Assert.Single(listing.Prices).Currency);
        Assert.Equal(55, (await tatsu.GetRateLimitAsync()).Remaining);
        // The raw JSON, kept from bodies read off a socket into pooled buffers, is intact once those buffers are reused.
        Assert.Equal(SupporterUserId.ToString(), profile.Raw.GetProperty("id").GetString());
        Assert.Equal(ranking.Score, ranking.Raw.GetProperty("score").GetUInt64());
        Assert.All(page.Rankings, row => Assert.Equal(row.UserId.ToString(), row.Raw.GetProperty("user_id").GetString()));
        Assert.Equal(points.Points, points.Raw.GetProperty("points").GetUInt64());
        Assert.Equal(listing.Id, listing.Raw.GetProperty("id").GetString());
    }
}
