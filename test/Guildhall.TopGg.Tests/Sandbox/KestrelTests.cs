using Guildhall.Core.Errors;
using Guildhall.Sandbox.TopGg;
using Guildhall.TopGg.Models;
using Guildhall.TopGg.Tests.Infrastructure;

namespace Guildhall.TopGg.Tests.Sandbox;

/// <summary>The client over real sockets: the sandbox on Kestrel at 127.0.0.1 on a free port.</summary>
public sealed class KestrelTests
{
    [Fact]
    public async Task V0_and_v1_calls_round_trip_over_loopback()
    {
        await using var session = await SandboxSession.StartAsync(kestrel: true);

        await session.Client.Bots.PostStatsAsync(TopGgStatsUpdate.ForShards([40, 2]));
        var stats = await session.Client.Bots.GetStatsAsync();
        var project = await session.Client.Project.GetAsync();
        var vote = await session.Client.Project.GetVoteAsync(TopGgSandboxCredentials.RecentVoterId, TopGgUserSource.Discord);

        Assert.False(session.Host.IsInMemory);
        Assert.Equal("127.0.0.1", session.Host.BaseAddress.Host);
        Assert.Equal(42, stats.ServerCount);
        Assert.Equal([40L, 2L], stats.Shards);
        Assert.Equal(TopGgSandboxCredentials.ProjectId, project.Id);
        Assert.NotNull(vote);
    }

    [Fact]
    public async Task A_dropped_connection_is_a_network_error()
    {
        await using var session = await SandboxSession.StartAsync(kestrel: true);
        await session.InjectFaultAsync("/bots", kind: "abort");

        await Assert.ThrowsAsync<HttpRequestException>(() => session.Client.Bots.GetSelfAsync());
        var afterwards = await session.Client.Bots.GetSelfAsync();

        Assert.Equal(TopGgSandboxCredentials.BotId, afterwards.Id);
    }

    [Fact]
    public async Task Errors_keep_their_types_over_loopback()
    {
        await using var session = await SandboxSession.StartAsync(kestrel: true);
        await session.InjectFaultAsync("/weekend", kind: "html", status: 503);

        await Assert.ThrowsAsync<ApiNotFoundException>(() => session.Client.Bots.GetAsync(TopGgSandboxCredentials.UnknownId));
        await Assert.ThrowsAsync<ApiServerException>(() => session.Client.IsWeekendAsync());
        var legacy = session.CreateClient(TopGgSandboxCredentials.LegacyToken, options => options.LegacyToken = true);
        await Assert.ThrowsAsync<ApiUnauthorizedException>(() => legacy.Project.GetAsync());
        Assert.True(await legacy.Bots.HasVotedAsync(TopGgSandboxCredentials.RecentVoterId));
    }
}
