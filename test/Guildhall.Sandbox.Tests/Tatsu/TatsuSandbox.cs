using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Guildhall.Sandbox.Hosting;

namespace Guildhall.Sandbox.Tests.Tatsu;

/// <summary>An in-memory sandbox on a fake clock, with raw HTTP helpers for the Tatsu routes and admin routes.</summary>
internal sealed class TatsuSandbox : IAsyncDisposable
{
    private TatsuSandbox(SandboxHost host, TimerSignalingClock time)
    {
        Host = host;
        Time = time;
        Http = host.CreateClient();
    }

    public SandboxHost Host { get; }

    public TimerSignalingClock Time { get; }

    /// <summary>A client on the host root; paths start with <c>tatsu/v1/</c> or <c>_sandbox/tatsu/</c>.</summary>
    public HttpClient Http { get; }

    public static async Task<TatsuSandbox> StartAsync(bool enforceRateLimits = true)
    {
        var time = new TimerSignalingClock(new DateTimeOffset(2025, 3, 14, 12, 0, 0, 250, TimeSpan.Zero));
        var host = await SandboxHost.StartInMemoryAsync(new SandboxOptions { TimeProvider = time, EnforceRateLimits = enforceRateLimits });
        return new TatsuSandbox(host, time);
    }

    public Task<HttpResponseMessage> GetAsync(string path, string? key) => SendAsync(HttpMethod.Get, path, key, body: null);

    public Task<HttpResponseMessage> PatchAsync(string path, string? key, string body) => SendAsync(HttpMethod.Patch, path, key, body);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? key, string? body)
    {
        using var request = new HttpRequestMessage(method, "tatsu/v1" + path);
        if (key is not null)
        {
            // The real API wants the raw key, which HttpRequestHeaders only accepts without validation.
            request.Headers.TryAddWithoutValidation("Authorization", key);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return await Http.SendAsync(request);
    }

    public async Task<HttpResponseMessage> AdminAsync(HttpMethod method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(method, "_sandbox/tatsu" + path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        }

        return await Http.SendAsync(request);
    }

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

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
    }
}
