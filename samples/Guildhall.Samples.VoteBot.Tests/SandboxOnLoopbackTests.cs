using System.Net;
using Guildhall.Core.Errors;
using Guildhall.Sandbox.Osu;
using Guildhall.Sandbox.Polympics;
using Guildhall.Sandbox.Testing;
using Guildhall.Sandbox.TopGg;
using static Guildhall.Sandbox.Tatsu.TatsuSandboxData;

namespace Guildhall.Samples.VoteBot.Tests;

/// <summary>
/// The fixture on a real loopback port, for a bot whose code builds its own HTTP clients or runs in another process:
/// the four ready-made clients, any plain HTTP client, faults and the request log all meet the same Kestrel host.
/// </summary>
public sealed class SandboxOnLoopbackTests : IAsyncLifetime
{
    private GuildhallSandbox _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await GuildhallSandbox.StartOnLoopbackAsync();

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Fact]
    public async Task The_ready_made_clients_of_all_four_apis_reach_the_sandbox_over_loopback()
    {
        var bot = await _sandbox.TopGg.Bots.GetSelfAsync();
        var profile = await _sandbox.Tatsu.Users.GetProfileAsync(SupporterUserId);
        var account = await _sandbox.Polympics.Accounts.GetAsync(PolympicsSandboxCredentials.CaptainAccountId);
        var user = await _sandbox.Osu.AppClient.Users.GetAsync(OsuSandboxSeed.StaffUsername);

        Assert.False(_sandbox.Host.IsInMemory);
        Assert.True(IPAddress.IsLoopback(IPAddress.Parse(_sandbox.Host.BaseAddress.Host)), _sandbox.Host.BaseAddress.ToString());
        Assert.Equal(TopGgSandboxCredentials.BotId, bot.Id);
        Assert.Equal(SupporterUserId, profile.UserId);
        Assert.Equal(PolympicsSandboxCredentials.CaptainAccountId, account.Id);
        Assert.Equal(OsuSandboxSeed.StaffUserId, user.Id);
        foreach (var api in new[] { "topgg", "tatsu", "polympics", "osu" })
        {
            Assert.Contains(await _sandbox.GetRequestsAsync(api), request => request.Status == 200);
        }
    }

    [Fact]
    public async Task A_plain_http_client_reaches_it_by_address_and_an_injected_fault_ends_in_a_typed_error()
    {
        using var plain = new HttpClient { BaseAddress = _sandbox.Host.BaseAddress };
        using var health = await plain.GetAsync(new Uri("_sandbox/health", UriKind.Relative));
        await _sandbox.InjectFaultAsync("/tatsu/v1/users/", 404, times: 1);

        var refused = await Assert.ThrowsAsync<ApiNotFoundException>(() => _sandbox.Tatsu.Users.GetProfileAsync(SupporterUserId));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("tatsu", refused.Api);
        Assert.Equal(404, Assert.Single(await _sandbox.GetRequestsAsync("tatsu")).Status);
    }
}
