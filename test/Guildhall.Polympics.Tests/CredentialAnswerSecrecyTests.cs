using Guildhall.Core.Errors;
using Guildhall.Polympics.Models;
using Guildhall.Sandbox.Polympics;
using Guildhall.Testing;

namespace Guildhall.Polympics.Tests;

/// <summary>
/// Every Polympics call whose answer is a credential (a new session, a reset token, a Discord sign-in), answered with a
/// truncated or a malformed body: the failure says the body was withheld, and no part of the token reaches the
/// exception, its <c>ToString()</c>, the logs or the traces.
/// </summary>
public sealed class CredentialAnswerSecrecyTests : PolympicsClientTestBase
{
    // Shaped like the server's tokens: 32 random bytes in base64.
    private const string Token = "Qm9yZWFzLXRva2VuLXRoYXQtbXVzdC1uZXZlci1sZWFr=";

    public static TheoryData<string, string> Cases() => new()
    {
        { "auth/create_session", "truncated" },
        { "auth/create_session", "malformed" },
        { "auth/reset_token (app)", "truncated" },
        { "auth/reset_token (app)", "malformed" },
        { "auth/reset_token (session)", "truncated" },
        { "auth/reset_token (session)", "malformed" },
        { "auth/discord", "truncated" },
        { "auth/discord", "malformed" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_spoiled_credential_answer_leaks_no_part_of_the_token(string endpoint, string spoiled)
    {
        using var watch = new SecretLeakWatch();
        var path = "/" + endpoint.Split(' ')[0];
        await FaultAsync(endpoint.StartsWith("auth/create_session", StringComparison.Ordinal) ? 201 : 200, Body(endpoint, spoiled), "application/json", path);
        var options = Options();
        options.LoggerFactory = watch.LoggerFactory;

        var error = await Assert.ThrowsAsync<ApiInvalidResponseException>(() => CallAsync(endpoint, options));

        Assert.True(error.IsBodyWithheld);
        Assert.Contains("withheld because the response carries credentials", error.Message, StringComparison.Ordinal);
        watch.AssertNoPartOf(Token, error);
    }

    /// <summary>The answer the endpoint gives, cut in the middle of the token or whole with a syntax error after it.</summary>
    private static string Body(string endpoint, string spoiled)
    {
        var whole = endpoint switch
        {
            "auth/reset_token (app)" => $$"""{"name":"Full app","permissions":95,"username":"A1","password":"{{Token}}"}""",
            _ => $$"""{"username":"S7","password":"{{Token}}","expires_at":1797854400.25}""",
        };
        var tokenAt = whole.IndexOf(Token, StringComparison.Ordinal);
        return spoiled == "truncated" ? whole[..(tokenAt + (Token.Length / 2))] : whole.Insert(tokenAt + Token.Length + 1, ",,");
    }

    private async Task CallAsync(string endpoint, PolympicsClientOptions options)
    {
        switch (endpoint)
        {
            case "auth/create_session":
                using (var app = new PolympicsAppClient(NewHttpClient(), SignedIn(options, new(PolympicsSandboxCredentials.FullAppUsername, PolympicsSandboxCredentials.FullAppToken))))
                {
                    await app.CreateSessionAsync(CaptainId);
                }

                return;
            case "auth/reset_token (app)":
                using (var app = new PolympicsAppClient(NewHttpClient(), SignedIn(options, new(PolympicsSandboxCredentials.FullAppUsername, PolympicsSandboxCredentials.FullAppToken))))
                {
                    await app.ResetTokenAsync();
                }

                return;
            case "auth/reset_token (session)":
                using (var user = new PolympicsUserClient(NewHttpClient(), SignedIn(options, new PolympicsCredentials(PolympicsSandboxCredentials.CaptainSessionUsername, PolympicsSandboxCredentials.CaptainSessionToken))))
                {
                    PolympicsSessionReset reset = await user.ResetTokenAsync();
                    Assert.Fail($"The spoiled answer was read as {reset}.");
                }

                return;
            default:
                using (var anonymous = new PolympicsClient(NewHttpClient(), options))
                {
                    await anonymous.AuthenticateWithDiscordAsync(PolympicsSandboxCredentials.CaptainDiscordToken);
                }

                return;
        }
    }
}
