using System.Globalization;
using Guildhall.Core.RateLimiting;
using Guildhall.Osu;
using Guildhall.Osu.Json;
using Guildhall.Osu.Models;
using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.Osu;

namespace Guildhall.Benchmarks.Core;

/// <summary>
/// One osu! <c>GET /users/{id}</c> through the public <see cref="OsuClient"/> with client credentials: the connection's
/// request (the session's bucket, <c>x-api-version</c>), the token credential (the token is fetched once, in the set-up
/// call, and then read from its cache for every call: the steady state of a bot) setting the <c>Bearer</c> header, the
/// limiter reading <c>X-RateLimit-*</c>, and the generated model reader. The bare side sends the same token and version.
/// </summary>
public class OsuPipelineOverheadBenchmarks : PipelineOverheadBenchmarks<User>
{
    private static readonly string UserPath = "users/" + OsuSandboxCredentials.UserId.ToString(CultureInfo.InvariantCulture);

    private OsuClient _client = null!;

    protected override async Task<BareCall<User>> PrepareAsync(SandboxHost sandbox)
    {
        await SandboxLimits.RaiseAsync(sandbox, "_sandbox/osu/rate-limits", new { api_per_minute = SandboxLimits.Unlimited });
        var options = new OsuClientOptions
        {
            BaseAddress = sandbox.GetApiBase("osu"),
            RequestsPerMinute = SandboxLimits.Unlimited,
            RateLimitStore = new InMemoryRateLimitStore(),
        };
        _client = new OsuClient(OsuSandboxCredentials.ClientId, OsuSandboxCredentials.ClientSecret, options);
        var token = await _client.GetCurrentTokenAsync();
        return new BareCall<User>(
            new Uri(options.BaseAddress, "api/v2/"),
            UserPath,
            new Dictionary<string, string>
            {
                ["Authorization"] = "Bearer " + token.AccessToken,
                ["x-api-version"] = options.ApiVersion.ToString(CultureInfo.InvariantCulture),
            },
            OsuJson.TypeInfo<User>());
    }

    protected override Task<User> SendThroughGuildhallAsync() => _client.Users.GetAsync(OsuSandboxCredentials.UserId);

    protected override void ReleaseClient() => _client.Dispose();
}
