using System.Diagnostics;
using Guildhall.Core.Telemetry;
using Guildhall.Sandbox.Osu;
using Guildhall.Sandbox.Tatsu;
using Guildhall.Sandbox.Testing;
using Guildhall.Sandbox.TopGg;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Trace;

namespace Guildhall.Samples.HostedBot.Tests;

/// <summary>
/// The hosted bot, built exactly as its Program builds it, against a sandbox on a loopback port: every part is proved
/// by what reaches the sandbox (its counters and request log) or the bot's webhook over HTTP, never by calling the
/// parts directly.
/// </summary>
public sealed class HostedBotTests : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private readonly ActivityCollector _exported = new();
    private GuildhallSandbox _sandbox = null!;
    private IHost _bot = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await GuildhallSandbox.StartOnLoopbackAsync();
        var settings = new Dictionary<string, string?>(SandboxSettings.For(_sandbox)) { ["READ_INTERVAL"] = "00:00:00.200", ["GUILD_COUNT"] = "4321" };
        var builder = HostedBot.CreateBuilder([], settings);
        // Beside the console exporter the bot configures, a processor of the test's collects the same activities.
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddProcessor(_exported));
        _bot = builder.Build();
        await _bot.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _bot.StopAsync();
        _bot.Dispose();
        await _sandbox.DisposeAsync();
    }

    [Fact]
    public async Task The_autoposter_posts_the_guild_count_to_top_gg()
    {
        var posted = await EventuallyAsync(async () => await _sandbox.GetTopGgPostedStatsAsync(), stats => stats.Count > 0, "a stats post");

        Assert.Equal(4321, (long)posted[0]["server_count"]!);
    }

    [Fact]
    public async Task A_signed_vote_delivered_by_the_sandbox_reaches_the_handler_once()
    {
        const ulong Voter = TopGgSandboxCredentials.NonVoterId;
        var endpoint = _bot.Services.GetRequiredService<VoteReceiver>().Endpoint;

        var delivery = await _sandbox.DeliverVoteAsync(endpoint, SandboxSettings.WebhookSecret, SandboxVoteWebhookFormat.V2, Voter);

        Assert.True(delivery.Delivered, delivery.ToString());
        Assert.Equal([204], delivery.StatusCodes);
        var vote = Assert.Single(_bot.Services.GetRequiredService<VoteLedger>().Votes);
        Assert.Equal(Voter, vote.VoterId);
    }

    [Fact]
    public async Task A_vote_signed_with_another_secret_is_refused_and_never_handled()
    {
        var endpoint = _bot.Services.GetRequiredService<VoteReceiver>().Endpoint;

        var delivery = await _sandbox.DeliverVoteAsync(endpoint, "whs_not_the_bots_secret", SandboxVoteWebhookFormat.V2);

        Assert.False(delivery.Delivered, delivery.ToString());
        Assert.All(delivery.StatusCodes, status => Assert.Equal(403, status));
        Assert.Empty(_bot.Services.GetRequiredService<VoteLedger>().Votes);
    }

    [Fact]
    public async Task The_osu_and_tatsu_reads_happen_again_on_the_timer()
    {
        var tatsu = await EventuallyAsync(
            async () => await _sandbox.GetRequestsAsync("tatsu"),
            requests => requests.Count(request => request.Path.Contains($"/guilds/{TatsuSandboxData.TavernGuildId}/rankings", StringComparison.Ordinal)) >= 2,
            "two Tatsu leaderboard reads");
        var osu = await EventuallyAsync(
            async () => await _sandbox.GetRequestsAsync("osu"),
            requests => requests.Count(request => request.Path.EndsWith($"/users/{OsuSandboxSeed.StaffUsername}", StringComparison.Ordinal)) >= 2,
            "two osu! profile reads");

        Assert.All(tatsu.Where(request => request.Path.Contains("/rankings", StringComparison.Ordinal)), request => Assert.Equal(200, request.Status));
        Assert.All(osu.Where(request => request.Path.Contains("/users/", StringComparison.Ordinal)), request => Assert.Equal(200, request.Status));
    }

    [Fact]
    public async Task Every_api_call_is_traced_through_open_telemetry()
    {
        var apis = await EventuallyAsync(
            () => Task.FromResult(ExportedApis()),
            seen => seen.IsSupersetOf(["topgg", "osu", "tatsu"]),
            "activities of the three APIs");

        Assert.Contains("topgg", apis);
    }

    private HashSet<string> ExportedApis() =>
        [.. _exported.Ended.Where(activity => activity.Source.Name == GuildhallTelemetry.SourceName)
            .Select(activity => activity.GetTagItem("guildhall.api") as string)
            .OfType<string>()];

    // Polls until the condition holds, at most Bound; fails naming what never came.
    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> condition, string what)
    {
        using var bound = new CancellationTokenSource(Bound);
        while (true)
        {
            var value = await read();
            if (condition(value))
            {
                return value;
            }

            if (bound.IsCancellationRequested)
            {
                Assert.Fail($"No {what} within {Bound.TotalSeconds} s.");
            }

            await Task.Delay(50, CancellationToken.None);
        }
    }
}
