using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.Polympics;
using Microsoft.Extensions.Time.Testing;

namespace Guildhall.Sandbox.Tests.Polympics;

/// <summary>An in-memory sandbox and a raw HTTP client for the Polympics emulator, one per test.</summary>
public abstract class PolympicsSandbox : IAsyncLifetime
{
    protected const string Full = "full";
    protected const string Limited = "limited";
    protected const string Captain = "captain";
    protected const string Admin = "admin";

    protected static readonly ulong CaptainId = PolympicsSandboxCredentials.CaptainAccountId;
    protected static readonly ulong AdminId = PolympicsSandboxCredentials.AdminAccountId;

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero));

    protected SandboxHost Host { get; private set; } = null!;

    protected HttpClient Http { get; private set; } = null!;

    /// <summary>Where the sandbox's own outgoing calls (callbacks) go; null means a real socket handler.</summary>
    protected virtual HttpMessageHandler? Outbound => null;

    public async Task InitializeAsync()
    {
        Host = await SandboxHost.StartInMemoryAsync(new SandboxOptions { TimeProvider = Time, OutboundHandler = Outbound });
        Http = Host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
    }

    protected static (string User, string Token) Credentials(string who) => who switch
    {
        Full => (PolympicsSandboxCredentials.FullAppUsername, PolympicsSandboxCredentials.FullAppToken),
        Limited => (PolympicsSandboxCredentials.LimitedAppUsername, PolympicsSandboxCredentials.LimitedAppToken),
        Captain => (PolympicsSandboxCredentials.CaptainSessionUsername, PolympicsSandboxCredentials.CaptainSessionToken),
        Admin => (PolympicsSandboxCredentials.AdminSessionUsername, PolympicsSandboxCredentials.AdminSessionToken),
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };

    protected static AuthenticationHeaderValue Basic(string user, string token) =>
        new("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes($"{user}:{token}")));

    protected Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, string? who = null) =>
        SendAsync(method, path, body, who is null ? null : Basic(Credentials(who).User, Credentials(who).Token));

    protected async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body, AuthenticationHeaderValue? authorization)
    {
        // Paths are relative to the emulated API unless they address the admin routes.
        using var request = new HttpRequestMessage(method, path.StartsWith("/_sandbox/", StringComparison.Ordinal) ? path : "/polympics" + path);
        request.Headers.Authorization = authorization;
        request.Content = body switch
        {
            null => null,
            string raw => new StringContent(raw, Encoding.UTF8, "application/json"),
            JsonNode node => new StringContent(node.ToJsonString(), Encoding.UTF8, "application/json"),
            _ => throw new ArgumentException("Pass raw JSON text or a JsonNode.", nameof(body)),
        };
        return await Http.SendAsync(request);
    }

    protected Task<HttpResponseMessage> GetAsync(string path, string? who = null) => SendAsync(HttpMethod.Get, path, null, who);

    protected static async Task<JsonNode> JsonAsync(HttpResponseMessage response, int expectedStatus)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == expectedStatus, $"expected {expectedStatus}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(text)!;
    }

    /// <summary>Asserts a FastAPI <c>{"detail": "..."}</c> error.</summary>
    protected static async Task AssertDetailAsync(HttpResponseMessage response, int status, string detail)
    {
        var json = await JsonAsync(response, status);
        Assert.Equal(detail, (string?)json["detail"]);
    }

    /// <summary>Asserts a 422 and returns its issues as (loc joined by '.', msg, type).</summary>
    protected static async Task<List<(string Loc, string Msg, string Type)>> IssuesAsync(HttpResponseMessage response)
    {
        var json = await JsonAsync(response, 422);
        return json["detail"]!.AsArray()
            .Select(i => (string.Join('.', i!["loc"]!.AsArray().Select(p => p!.ToString())), (string)i["msg"]!, (string)i["type"]!))
            .ToList();
    }

    protected static async Task AssertEmptyAsync(HttpResponseMessage response, int status)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Null(response.Content.Headers.ContentType);
    }

    protected static async Task AssertPlainServerErrorAsync(HttpResponseMessage response)
    {
        Assert.Equal(500, (int)response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Internal Server Error", await response.Content.ReadAsStringAsync());
    }

    protected async Task<JsonNode> AdminAsync(HttpMethod method, string path, JsonNode? body = null, int expectedStatus = 200) =>
        await JsonAsync(await SendAsync(method, "/_sandbox/polympics/" + path, body, authorization: null), expectedStatus);
}
