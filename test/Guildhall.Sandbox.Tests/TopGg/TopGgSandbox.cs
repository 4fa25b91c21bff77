using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.TopGg;
using Microsoft.Extensions.Time.Testing;

namespace Guildhall.Sandbox.Tests.TopGg;

/// <summary>An in-memory sandbox on a fake clock, with raw HTTP helpers for the Top.gg emulator and its admin routes.</summary>
internal sealed class TopGgSandbox : IAsyncDisposable
{
    /// <summary>A Wednesday, so votes weigh 1 unless a test moves the clock.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 3, 4, 12, 0, 0, TimeSpan.Zero);

    private TopGgSandbox(SandboxHost host, FakeTimeProvider clock)
    {
        Host = host;
        Clock = clock;
        Http = new HttpClient(host.CreateHandler()) { BaseAddress = host.BaseAddress };
    }

    public SandboxHost Host { get; }

    public FakeTimeProvider Clock { get; }

    public HttpClient Http { get; }

    public static string Bearer(string token) => "Bearer " + token;

    public static async Task<TopGgSandbox> StartAsync(Action<SandboxOptions>? configure = null, DateTimeOffset? start = null)
    {
        var clock = new FakeTimeProvider(start ?? DefaultStart);
        var options = new SandboxOptions { TimeProvider = clock };
        configure?.Invoke(options);
        return new TopGgSandbox(await SandboxHost.StartInMemoryAsync(options), clock);
    }

    /// <summary>Calls the emulated API: <paramref name="path"/> is relative to <c>/topgg/api/</c>.</summary>
    public Task<HttpResponseMessage> SendAsync(
        HttpMethod method, string path, string? authorization = null, string? body = null, string? contentType = "application/json")
    {
        var request = new HttpRequestMessage(method, "topgg/api/" + path.TrimStart('/'));
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = contentType is null ? null : new(contentType);
        }

        return Http.SendAsync(request);
    }

    /// <summary>GET with the main bot's current token as Bearer.</summary>
    public Task<HttpResponseMessage> GetAsync(string path, string? authorization = null) =>
        SendAsync(HttpMethod.Get, path, authorization ?? Bearer(TopGgSandboxCredentials.Token));

    public Task<HttpResponseMessage> PostAsync(string path, string body, string? authorization = null) =>
        SendAsync(HttpMethod.Post, path, authorization ?? Bearer(TopGgSandboxCredentials.Token), body);

    /// <summary>Calls an admin route: <paramref name="path"/> is relative to <c>/_sandbox/topgg/</c>.</summary>
    public Task<HttpResponseMessage> AdminAsync(HttpMethod method, string path, string? body = null)
    {
        var request = new HttpRequestMessage(method, "_sandbox/topgg/" + path.TrimStart('/'));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return Http.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
    }

    /// <summary>Decodes a segment of a JWT-shaped token (base64url without padding).</summary>
    public static JsonNode DecodeTokenSegment(string token, int segment)
    {
        var base64 = token.Split('.')[segment].Replace('-', '+').Replace('_', '/');
        var bytes = Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '='));
        return segment == 2 ? JsonValue.Create(bytes.Length) : JsonNode.Parse(Encoding.UTF8.GetString(bytes))!;
    }

    /// <summary>Asserts the status and returns the parsed JSON body.</summary>
    public static async Task<JsonNode> ReadJsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"Expected {expected}, got {response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>Asserts a v1 problem+json response and returns it.</summary>
    public static async Task<JsonObject> ReadProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var problem = (await ReadJsonAsync(response, expected)).AsObject();
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)expected, (int)problem["status"]!);
        Assert.False(string.IsNullOrEmpty((string?)problem["type"]));
        Assert.False(string.IsNullOrEmpty((string?)problem["title"]));
        return problem;
    }
}
