using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.Osu;
using Microsoft.Extensions.Time.Testing;

namespace Guildhall.Sandbox.Tests.Osu;

/// <summary>An in-memory sandbox with a fake clock and raw HTTP helpers for the osu! emulator.</summary>
internal sealed class OsuTestHost : IAsyncDisposable
{
    private OsuTestHost(SandboxHost host, FakeTimeProvider time)
    {
        Host = host;
        Time = time;
        Http = host.CreateClient();
    }

    /// <summary>The profile route of the seeded staff account: a route any token may read, for tests of the API as a whole.</summary>
    public static string StaffPath { get; } = $"osu/api/v2/users/{OsuSandboxSeed.StaffUserId}";

    public SandboxHost Host { get; }

    public FakeTimeProvider Time { get; }

    /// <summary>A client whose base address is the host root (paths start with <c>osu/</c> or <c>_sandbox/</c>).</summary>
    public HttpClient Http { get; }

    public static async Task<OsuTestHost> StartAsync(bool enforceRateLimits = true)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 7, 4, 12, 0, 0, TimeSpan.Zero));
        var host = await SandboxHost.StartInMemoryAsync(new SandboxOptions { TimeProvider = time, EnforceRateLimits = enforceRateLimits });
        return new OsuTestHost(host, time);
    }

    public Task<HttpResponseMessage> PostFormAsync(string path, params (string Key, string Value)[] fields) =>
        Http.PostAsync(path, new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Key, f.Value))));

    public Task<HttpResponseMessage> PostJsonAsync(string path, JsonNode body, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return Http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PutJsonAsync(string path, JsonNode body) =>
        Http.PutAsync(path, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));

    /// <summary>A client-credentials token (scope <c>public</c> unless told otherwise).</summary>
    public async Task<string> ClientTokenAsync(string scope = "public")
    {
        var response = await PostFormAsync("osu/oauth/token",
            ("client_id", OsuSandboxCredentials.ClientId.ToString()), ("client_secret", OsuSandboxCredentials.ClientSecret),
            ("grant_type", "client_credentials"), ("scope", scope));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await ReadJsonAsync(response))["access_token"]!.GetValue<string>();
    }

    /// <summary>Runs <c>/oauth/authorize</c> and returns the code from the redirect.</summary>
    public async Task<string> AuthorizeAsync(string scope = "public identify friends.read", string state = "xyz")
    {
        var response = await Http.GetAsync(
            $"osu/oauth/authorize?client_id={OsuSandboxCredentials.ClientId}&redirect_uri={Uri.EscapeDataString(OsuSandboxCredentials.RedirectUri)}&response_type=code&scope={Uri.EscapeDataString(scope)}&state={state}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var query = System.Web.HttpUtility.ParseQueryString(response.Headers.Location!.Query);
        Assert.Equal(state, query["state"]);
        return query["code"]!;
    }

    /// <summary>A user token (authorization-code grant) with its refresh token.</summary>
    public async Task<(string Access, string Refresh)> UserTokenAsync(string scope = "public identify friends.read")
    {
        var code = await AuthorizeAsync(scope);
        var response = await PostFormAsync("osu/oauth/token",
            ("client_id", OsuSandboxCredentials.ClientId.ToString()), ("client_secret", OsuSandboxCredentials.ClientSecret),
            ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", OsuSandboxCredentials.RedirectUri));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ReadJsonAsync(response);
        return (body["access_token"]!.GetValue<string>(), body["refresh_token"]!.GetValue<string>());
    }

    public Task<HttpResponseMessage> GetAsync(string path, string? token, int? apiVersion = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);

        // As the clients do; osu!'s website routes answer JSON only to requests that ask for it.
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (apiVersion is not null)
        {
            request.Headers.Add("x-api-version", apiVersion.Value.ToString());
        }

        return Http.SendAsync(request);
    }

    /// <summary>GETs an API path and asserts the status.</summary>
    public async Task<JsonNode> GetJsonAsync(string path, string? token, HttpStatusCode expected = HttpStatusCode.OK, int? apiVersion = null)
    {
        var response = await GetAsync(path, token, apiVersion);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{path}: expected {expected}, got {response.StatusCode}: {text[..Math.Min(300, text.Length)]}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>Sends a request with a JSON body (or none), a token and an <c>x-api-version</c> (or none).</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, JsonNode? body = null, int? apiVersion = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (apiVersion is not null)
        {
            request.Headers.Add("x-api-version", apiVersion.Value.ToString());
        }

        return Http.SendAsync(request);
    }

    /// <summary>Sends a request and reads the JSON answer, asserting success.</summary>
    public async Task<JsonNode> JsonAsync(HttpMethod method, string path, string? token, JsonNode? body = null, int? apiVersion = null)
    {
        using var response = await SendAsync(method, path, token, body, apiVersion);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {text[..Math.Min(300, text.Length)]}");
        return JsonNode.Parse(text)!;
    }

    public static async Task<JsonNode> ReadJsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
    }
}
