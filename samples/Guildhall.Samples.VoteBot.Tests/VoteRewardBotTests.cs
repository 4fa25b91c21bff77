using System.Text.Json.Nodes;
using Guildhall.Core.Errors;
using Guildhall.Samples.VoteBot;
using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.Testing;
using Guildhall.TopGg.AspNetCore;
using static Guildhall.Sandbox.Tatsu.TatsuSandboxData;

namespace Guildhall.Samples.VoteBot.Tests;

/// <summary>The sample bot tested the way a bot author would: against the sandbox, through the fixture.</summary>
public sealed class VoteRewardBotTests : IAsyncLifetime
{
    private const ulong Voter = 777000000000000001;
    private const string Authorization = "dbl-secret";
    private const string Secret = "whs_sample_bot_secret";

    private GuildhallSandbox _sandbox = null!;
    private VoteRewardBot _bot = null!;
    private TopGgWebhookListener _webhook = null!;

    public async Task InitializeAsync()
    {
        // Delivery retries run at a thousandth of Top.gg's schedule, so a retried vote arrives in milliseconds.
        _sandbox = await GuildhallSandbox.StartInMemoryAsync(new SandboxOptions { DeliveryDelayScale = 0.001 });
        // The voter exists on both sides: a Top.gg user who can vote, a member of the bot's Tatsu guild.
        await _sandbox.SeedAsync("topgg", "users", new { id = Voter.ToString(), username = "voter" });
        await _sandbox.SeedAsync("tatsu", $"guilds/{TavernGuildId}/members/{Voter}", new { points = 5 }, HttpMethod.Put);
        _bot = new VoteRewardBot(_sandbox.TopGg, _sandbox.Tatsu, TavernGuildId, pointsPerVote: 100);
        _webhook = await _bot.StartWebhookAsync("http://127.0.0.1:0", Authorization, Secret);
    }

    public async Task DisposeAsync()
    {
        await _webhook.DisposeAsync();
        await _sandbox.DisposeAsync();
    }

    [Fact]
    public async Task The_guild_count_reaches_top_gg()
    {
        await _bot.PostGuildCountAsync(1234);

        var posted = Assert.Single(await _sandbox.GetTopGgPostedStatsAsync());
        Assert.Equal(1234, (long)posted["server_count"]!);
    }

    [Theory]
    [InlineData(SandboxVoteWebhookFormat.Legacy, "dbl", Authorization)]
    [InlineData(SandboxVoteWebhookFormat.V2, "topgg", Secret)]
    public async Task A_vote_earns_the_voter_their_points(SandboxVoteWebhookFormat format, string path, string secret)
    {
        var delivery = await _sandbox.DeliverVoteAsync(Endpoint(path), secret, format, Voter);

        Assert.True(delivery.Delivered, string.Join(", ", delivery.StatusCodes));
        var change = Assert.Single(await _sandbox.GetTatsuChangesAsync());
        Assert.Equal($"/guilds/{TavernGuildId}/members/{Voter}/points", change.Path);
        Assert.Equal(100, (int)JsonNode.Parse(change.Body!)!["amount"]!);
    }

    [Fact]
    public async Task A_vote_signed_with_another_secret_earns_nothing()
    {
        var delivery = await _sandbox.DeliverVoteAsync(Endpoint("topgg"), "whs_someone_else", SandboxVoteWebhookFormat.V2, Voter);

        Assert.False(delivery.Delivered);
        Assert.All(delivery.StatusCodes, status => Assert.Equal(403, status));
        Assert.Empty(await _sandbox.GetTatsuChangesAsync());
    }

    [Fact]
    public async Task When_tatsu_fails_once_top_gg_delivers_again_and_the_voter_is_paid_once()
    {
        await _sandbox.InjectFaultAsync("/tatsu/v1/guilds/", 503, times: 1, method: "PATCH");

        var delivery = await _sandbox.DeliverVoteAsync(Endpoint("topgg"), Secret, SandboxVoteWebhookFormat.V2, Voter);

        Assert.True(delivery.Delivered, string.Join(", ", delivery.StatusCodes));
        Assert.True(delivery.StatusCodes.Count > 1, "the first attempt should have failed");
        Assert.Single(await _sandbox.GetTatsuChangesAsync());
        var attempts = (await _sandbox.GetRequestsAsync("tatsu")).Where(request => request.Method == "PATCH").Select(request => request.Status);
        Assert.Equal([503, 200], attempts);
    }

    [Fact]
    public async Task Under_a_throttling_top_gg_a_posted_count_still_gets_through()
    {
        await _sandbox.UseFaultProfileAsync("throttled", seed: 3, api: "topgg");

        for (var i = 0; i < 20; i++)
        {
            try
            {
                await _bot.PostGuildCountAsync(100 + i);
            }
            catch (ApiRateLimitedException)
            {
                // A storm longer than the client's retries: the autoposter tries again next cycle.
            }
        }

        Assert.NotEmpty(await _sandbox.GetTopGgPostedStatsAsync());
        Assert.Contains(await _sandbox.GetRequestsAsync("topgg"), request => request.Status == 429);
    }

    private Uri Endpoint(string path) => new(_webhook.Addresses[0], path);
}
