using Guildhall.Sandbox.Osu;
using Guildhall.Testing;

namespace Guildhall.Osu.Tests.Sandbox;

/// <summary>
/// osu!'s throttle (a fixed window of a minute per token) against a cold sandbox on loopback Kestrel whose first requests
/// arrive late, judged by the sandbox's own counters, with the client's budget set to the server's limit. The sandbox and
/// the client share a clock thirty times faster than real time, so a window passes in two seconds while every real delay
/// counts thirty times over. The limit is set to 120 a minute, so the run crosses windows whatever the machine's speed;
/// osu!'s real 1200 is measured in <c>bench/</c>.
/// </summary>
public sealed class OsuSlowNetworkLimitTests
{
    private const int Limit = 120;

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(64)]
    public async Task The_per_minute_limit_holds_when_the_first_requests_arrive_late(int callers)
    {
        await using var sandbox = await SlowSandbox.StartAsync(30, "/osu/api/v2/users", TimeSpan.FromSeconds(5), Math.Min(20, 2 * callers));
        using (var admin = sandbox.Host.CreateClient())
        using (var limits = new StringContent($"{{\"api_per_minute\":{Limit}}}", System.Text.Encoding.UTF8, "application/json"))
        {
            (await admin.PutAsync(new Uri("_sandbox/osu/rate-limits", UriKind.Relative), limits)).EnsureSuccessStatusCode();
        }

        await using var storage = new OsuClientStorage(sandbox.Configure(new OsuClientOptions
        {
            BaseAddress = sandbox.Host.GetApiBase("osu"),
            ClientId = OsuSandboxCredentials.ClientId,
            ClientSecret = OsuSandboxCredentials.ClientSecret,
            RequestsPerMinute = Limit,
        }));
        var osu = storage.AppClient;

        var load = await sandbox.LoadAsync(callers, TimeSpan.FromSeconds(150), limit: 1200, cancellationToken => osu.Users.GetAsync(OsuSandboxSeed.StaffUserId, cancellationToken: cancellationToken));

        load.AssertAllSucceeded();
        (await sandbox.CountAsync("osu", "api")).AssertNeverExceeded();
    }
}
