using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Guildhall.Core.Errors;
using Guildhall.Osu.Authentication;
using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.Osu;
using Guildhall.Testing;

namespace Guildhall.Osu.Tests.Sandbox;

/// <summary>
/// Every osu! call whose answer is a token, answered over real loopback HTTP with a truncated or a malformed token
/// response: the failure says the body was withheld, and no part of the tokens reaches the exception, its
/// <c>ToString()</c>, the logs or the traces.
/// </summary>
public sealed class TokenResponseSecrecyTests : IAsyncLifetime
{
    private const string AccessToken = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiI0MDA3MCIsImp0aSI6InNlY3JlY3ktdGVzdCJ9.c2lnbmF0dXJlLW9mLWEtc2VjcmV0LXRva2Vu";
    private const string RefreshToken = "def50200c3a1f0e9d8b7a6958473625140f1e2d3c4b5a6978899aabbccddeeff0011";

    private SandboxHost _host = null!;

    public static TheoryData<string, string> Cases() => new()
    {
        { "client_credentials", "truncated" },
        { "client_credentials", "malformed" },
        { "authorization_code", "truncated" },
        { "authorization_code", "malformed" },
        { "refresh", "truncated" },
        { "refresh", "malformed" },
    };

    public async Task InitializeAsync() => _host = await SandboxHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_spoiled_token_response_leaks_no_part_of_the_tokens(string operation, string spoiled)
    {
        using var watch = new SecretLeakWatch();
        await AnswerTheNextTokenRequestWithAsync(Body(spoiled));
        var options = new OsuClientOptions
        {
            BaseAddress = _host.GetApiBase("osu"),
            ClientId = OsuSandboxCredentials.ClientId,
            ClientSecret = OsuSandboxCredentials.ClientSecret,
            RedirectUri = new Uri(OsuSandboxCredentials.RedirectUri),
            Retry = new Core.RetryOptions { MaxRetries = 0 },
            LoggerFactory = watch.LoggerFactory,
        };

        var error = await Assert.ThrowsAsync<ApiInvalidResponseException>(() => CallAsync(operation, options));

        Assert.True(error.IsBodyWithheld);
        Assert.Contains("withheld because the response carries credentials", error.Message, StringComparison.Ordinal);
        watch.AssertNoPartOf(AccessToken, error);
        watch.AssertNoPartOf(RefreshToken, error);
    }

    /// <summary>A token response cut in the middle of the access token, or whole but with a syntax error after it.</summary>
    private static string Body(string spoiled)
    {
        var whole = $$"""{"token_type":"Bearer","expires_in":86400,"access_token":"{{AccessToken}}","refresh_token":"{{RefreshToken}}"}""";
        return spoiled == "truncated"
            ? whole[..(whole.IndexOf(AccessToken, StringComparison.Ordinal) + (AccessToken.Length / 2))]
            : whole.Replace("\"refresh_token\"", "\"refresh_token\":,", StringComparison.Ordinal);
    }

    private static async Task CallAsync(string operation, OsuClientOptions options)
    {
        switch (operation)
        {
            case "client_credentials":
                // Through the app client, as a bot meets it: the token is fetched (and its failure logged) on the first call.
                await using (var osu = new OsuClient(options.ClientId, options.ClientSecret!, options))
                {
                    await osu.Users.GetAsync(OsuSandboxSeed.StaffUserId);
                }

                return;
            case "authorization_code":
                using (var oauth = new OsuOAuthClient(new HttpClient(), options))
                {
                    await oauth.ExchangeCodeAsync("a-code-from-the-callback");
                }

                return;
            default:
                using (var oauth = new OsuOAuthClient(new HttpClient(), options))
                {
                    await oauth.RefreshAsync(new OsuToken { AccessToken = "expired", RefreshToken = "the-stored-refresh-token", ExpiresAt = DateTimeOffset.UnixEpoch });
                }

                return;
        }
    }

    private async Task AnswerTheNextTokenRequestWithAsync(string body)
    {
        using var admin = _host.CreateClient();
        using var response = await admin.PostAsJsonAsync("_sandbox/faults", new JsonObject
        {
            ["path"] = "/osu/oauth/token",
            ["method"] = "POST",
            ["kind"] = "status",
            ["status"] = 200,
            ["body"] = body,
            ["content_type"] = "application/json; charset=utf-8",
        });
        response.EnsureSuccessStatusCode();
    }
}
