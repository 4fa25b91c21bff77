using System.Text.Json.Nodes;
using Guildhall.Sandbox.Hosting;
using Guildhall.Testing;

namespace Guildhall.Sandbox.Tests.Tatsu;

/// <summary>An in-memory sandbox on a fake clock, with raw HTTP helpers for the Tatsu routes and admin routes.</summary>
internal sealed class TatsuSandbox : SandboxTestBed
{
    private TatsuSandbox(SandboxHost host, TimerAwareClock time)
        : base(host, time)
    {
        Time = time;
    }

    /// <summary>The host's clock, which tells when something starts waiting on it.</summary>
    public TimerAwareClock Time { get; }

    public static async Task<TatsuSandbox> StartAsync(bool enforceRateLimits = true)
    {
        var time = new TimerAwareClock(new DateTimeOffset(2025, 3, 14, 12, 0, 0, 250, TimeSpan.Zero));
        return new TatsuSandbox(await StartHostAsync(time, options => options.EnforceRateLimits = enforceRateLimits), time);
    }

    public Task<HttpResponseMessage> GetAsync(string path, string? key) => SendAsync(HttpMethod.Get, path, key, body: null);

    public Task<HttpResponseMessage> PatchAsync(string path, string? key, string body) => SendAsync(HttpMethod.Patch, path, key, body);

    /// <summary>Calls the emulated API with the raw key (the real API wants no scheme): <paramref name="path"/> is below <c>/tatsu/v1</c>.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? key, string? body) =>
        SendFromRootAsync(method, "tatsu/v1" + path, key, body);

    /// <summary>Calls an admin route: <paramref name="path"/> is below <c>/_sandbox/tatsu</c>.</summary>
    public Task<HttpResponseMessage> AdminAsync(HttpMethod method, string path, string? json = null) =>
        SendFromRootAsync(method, "_sandbox/tatsu" + path, body: json, contentType: "application/json");

    public async Task<JsonNode> AdminJsonAsync(HttpMethod method, string path, string? json = null)
    {
        using var response = await AdminAsync(method, path, json);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    public static async Task<JsonObject> ReadObjectAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    /// <summary>Asserts Tatsu's error body and status.</summary>
    public static async Task AssertErrorAsync(HttpResponseMessage response, int status, int code, string message)
    {
        Assert.Equal(status, (int)response.StatusCode);
        var body = await ReadObjectAsync(response);
        Assert.Equal(code, body["code"]!.GetValue<int>());
        Assert.Equal(message, body["message"]!.GetValue<string>());
    }

    public static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.Single() : throw new Xunit.Sdk.XunitException($"missing header {name}");
}
