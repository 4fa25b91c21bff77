using Guildhall.Core;
using Guildhall.Osu;
using Guildhall.Polympics;
using Guildhall.Sandbox.Osu;
using Guildhall.Sandbox.Tatsu;
using Guildhall.Sandbox.Testing;
using Guildhall.Tatsu;
using Guildhall.TopGg;
using Microsoft.Extensions.DependencyInjection;

namespace Guildhall.Conventions.Tests.Family;

/// <summary>
/// The per-request hook every client takes, over real loopback HTTP to the sandbox: a <see cref="DelegatingHandler"/> put
/// in front with <see cref="ApiHttpClient.Create(DelegatingHandler[])"/> and the <c>(HttpClient, options)</c> constructor,
/// or with <c>AddHttpMessageHandler</c> on the builder an <c>Add…Client</c> returns. The hook sees each request and its
/// answer, and what it changes reaches the server (the sandbox logs the <c>User-Agent</c> the hook extended).
/// </summary>
public sealed class RequestHookTests
{
    [Fact]
    public async Task A_handler_in_front_of_the_TopGg_client_sees_and_marks_every_request()
    {
        await using var sandbox = await GuildhallSandbox.StartOnLoopbackAsync();
        var hook = new RequestHook("topgg-hook");
        await using var client = new TopGgClient(ApiHttpClient.Create(hook), sandbox.TopGgOptions());

        await client.Bots.GetSelfAsync();

        await AssertSeenAsync(sandbox, "topgg", hook, "GET", "/bots/");
    }

    [Fact]
    public async Task A_handler_in_front_of_the_Tatsu_client_sees_and_marks_every_request()
    {
        await using var sandbox = await GuildhallSandbox.StartOnLoopbackAsync();
        var hook = new RequestHook("tatsu-hook");
        await using var client = new TatsuClient(ApiHttpClient.Create(hook), sandbox.TatsuOptions());

        await client.Users.GetProfileAsync(TatsuSandboxData.SupporterUserId);

        await AssertSeenAsync(sandbox, "tatsu", hook, "GET", "/users/");
    }

    [Fact]
    public async Task A_handler_in_front_of_the_Polympics_client_sees_and_marks_every_request()
    {
        await using var sandbox = await GuildhallSandbox.StartOnLoopbackAsync();
        var hook = new RequestHook("polympics-hook");
        await using var client = new PolympicsAppClient(ApiHttpClient.Create(hook), sandbox.PolympicsOptions());

        await client.GetSelfAsync();

        await AssertSeenAsync(sandbox, "polympics", hook, "GET", "/auth/me");
    }

    [Fact]
    public async Task A_handler_in_front_of_the_osu_client_sees_the_token_request_and_the_call()
    {
        await using var sandbox = await GuildhallSandbox.StartOnLoopbackAsync();
        var hook = new RequestHook("osu-hook");
        await using var client = new OsuClient(ApiHttpClient.Create(hook), sandbox.OsuOptions());

        await client.Users.GetAsync(OsuSandboxSeed.StaffUserId);

        Assert.Contains(hook.Seen, seen => seen is { Method: "POST", Status: 200 } && seen.Path.EndsWith("/oauth/token", StringComparison.Ordinal));
        await AssertSeenAsync(sandbox, "osu", hook, "GET", $"/users/{OsuSandboxSeed.StaffUserId}");
    }

    [Fact]
    public async Task A_handler_added_to_the_registered_HTTP_client_sees_the_requests_of_the_resolved_client()
    {
        await using var sandbox = await GuildhallSandbox.StartOnLoopbackAsync();
        var hook = new RequestHook("di-hook");
        var services = new ServiceCollection();
        services.AddTatsuClient(options =>
        {
            var sandboxOptions = sandbox.TatsuOptions();
            options.ApiKey = sandboxOptions.ApiKey;
            options.BaseAddress = sandboxOptions.BaseAddress;
            options.RateLimitStore = sandboxOptions.RateLimitStore;
        }).AddHttpMessageHandler(() => hook);
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<TatsuClient>().Users.GetProfileAsync(TatsuSandboxData.SupporterUserId);

        await AssertSeenAsync(sandbox, "tatsu", hook, "GET", "/users/");
    }

    /// <summary>The hook saw the call answered, and every request the API logged carries the hook's mark.</summary>
    private static async Task AssertSeenAsync(GuildhallSandbox sandbox, string api, RequestHook hook, string method, string pathPart)
    {
        Assert.Contains(hook.Seen, seen => seen.Method == method && seen.Status == 200 && seen.Path.Contains(pathPart, StringComparison.Ordinal));
        var logged = await sandbox.GetRequestsAsync(api);
        Assert.NotEmpty(logged);
        Assert.All(logged, request => Assert.Contains(hook.Product + "/1.0", request.UserAgent, StringComparison.Ordinal));
        Assert.Equal(logged.Count, hook.Seen.Count);
    }
}
