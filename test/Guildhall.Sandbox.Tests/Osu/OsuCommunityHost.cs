using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Guildhall.Sandbox.Osu;

namespace Guildhall.Sandbox.Tests.Osu;

/// <summary>One sandbox for the chat, forum and multiplayer route tests of a class: a guest token, and a user token with the chat and forum scopes.</summary>
public sealed class OsuCommunityHost : IAsyncLifetime
{
    public const string ChatScopes = "public identify chat.read chat.write chat.write_manage forum.write";

    private OsuTestHost? _host;

    internal OsuTestHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public string ClientToken { get; private set; } = "";

    public string UserToken { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _host = await OsuTestHost.StartAsync(enforceRateLimits: false);
        ClientToken = await _host.ClientTokenAsync();
        (UserToken, _) = await _host.UserTokenAsync(ChatScopes);
    }

    /// <summary>Sends a request with a JSON body (or none) and a token, and returns the response.</summary>
    internal Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, JsonNode? body = null, int? apiVersion = null)
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
            request.Headers.Add("x-api-version", apiVersion.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return Host.Http.SendAsync(request);
    }

    /// <summary>Sends a request and reads the JSON answer, asserting success.</summary>
    internal async Task<JsonNode> JsonAsync(HttpMethod method, string path, string? token, JsonNode? body = null, int? apiVersion = null)
    {
        using var response = await SendAsync(method, path, token, body, apiVersion);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {text[..Math.Min(300, text.Length)]}");
        return JsonNode.Parse(text)!;
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    /// <summary>The sandbox user's id as a path segment.</summary>
    public static string Me => OsuSandboxCredentials.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
