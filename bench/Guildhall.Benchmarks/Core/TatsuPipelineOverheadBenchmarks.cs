using System.Globalization;
using Guildhall.Core.RateLimiting;
using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.Tatsu;
using Guildhall.Tatsu;
using Guildhall.Tatsu.Json;
using Guildhall.Tatsu.Models;

namespace Guildhall.Benchmarks.Core;

/// <summary>
/// One Tatsu <c>GET /users/{id}/profile</c> through the public <see cref="TatsuClient"/>: the key's bucket corrected by
/// <c>X-RateLimit-*</c>, the raw key as <c>Authorization</c>, and the model read with its raw JSON kept (which the bare
/// side does not do: that is part of what the client costs).
/// </summary>
public class TatsuPipelineOverheadBenchmarks : PipelineOverheadBenchmarks<TatsuUserProfile>
{
    private TatsuClient _client = null!;

    protected override async Task<BareCall<TatsuUserProfile>> PrepareAsync(SandboxHost sandbox)
    {
        await SandboxLimits.RaiseAsync(sandbox, "_sandbox/tatsu/rate-limit", new { limit = SandboxLimits.Unlimited, window_seconds = 60 });
        var api = sandbox.GetApiBase("tatsu/v1");
        _client = new TatsuClient(TatsuSandboxCredentials.GuildmasterKey, new TatsuClientOptions
        {
            BaseAddress = api,
            RequestsPerMinute = SandboxLimits.Unlimited,
            RateLimitStore = new InMemoryRateLimitStore(),
        });
        return new BareCall<TatsuUserProfile>(
            api,
            "users/" + TatsuSandboxData.GuildmasterUserId.ToString(CultureInfo.InvariantCulture) + "/profile",
            new Dictionary<string, string> { ["Authorization"] = TatsuSandboxCredentials.GuildmasterKey },
            TatsuJson.TypeInfo<TatsuUserProfile>());
    }

    protected override Task<TatsuUserProfile> SendThroughGuildhallAsync() => _client.Users.GetProfileAsync(TatsuSandboxData.GuildmasterUserId);

    protected override void ReleaseClient() => _client.Dispose();
}
