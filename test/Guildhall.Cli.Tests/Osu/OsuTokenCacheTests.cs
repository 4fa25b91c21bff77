using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Guildhall.Cli.Hosting;
using Guildhall.Sandbox.Osu;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Guildhall.Cli.Tests.Osu;

/// <summary>
/// The token cache of <c>guildhall osu</c> (<c>--token-store</c>) belongs to the site, the client id and the secret
/// that obtained its tokens: the same application at the same site reuses its token, anything else gets none of it.
/// </summary>
[Collection(SandboxGroup.Name)]
public sealed class OsuTokenCacheTests(SandboxFixture sandbox) : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_same_application_at_the_same_site_reuses_its_token()
    {
        var before = await TokensIssuedToAsync(OsuSandboxCredentials.ClientId);

        var first = await UserAsync(sandbox.Base("osu"), OsuSandboxCredentials.ClientId, OsuSandboxCredentials.ClientSecret);
        var second = await UserAsync(sandbox.Base("osu"), OsuSandboxCredentials.ClientId, OsuSandboxCredentials.ClientSecret);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(before + 1, await TokensIssuedToAsync(OsuSandboxCredentials.ClientId));
    }

    [Fact]
    public async Task A_wrong_secret_does_not_get_the_cached_token()
    {
        Assert.Equal(0, (await UserAsync(sandbox.Base("osu"), OsuSandboxCredentials.ClientId, OsuSandboxCredentials.ClientSecret)).ExitCode);

        var wrong = await UserAsync(sandbox.Base("osu"), OsuSandboxCredentials.ClientId, "wrong");

        Assert.Equal(1, wrong.ExitCode);
        Assert.Contains("401", wrong.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_client_id_gets_a_token_of_its_own()
    {
        Assert.Equal(0, (await UserAsync(sandbox.Base("osu"), OsuSandboxCredentials.ClientId, OsuSandboxCredentials.ClientSecret)).ExitCode);
        var before = await TokensIssuedToAsync(OsuSandboxCredentials.BotClientId);

        var bot = await UserAsync(sandbox.Base("osu"), OsuSandboxCredentials.BotClientId, OsuSandboxCredentials.BotClientSecret);

        Assert.Equal(0, bot.ExitCode);
        Assert.Equal(before + 1, await TokensIssuedToAsync(OsuSandboxCredentials.BotClientId));
    }

    [Fact]
    public async Task Another_base_url_never_receives_the_cached_token()
    {
        Assert.Equal(0, (await UserAsync(sandbox.Base("osu"), OsuSandboxCredentials.ClientId, OsuSandboxCredentials.ClientSecret)).ExitCode);
        await using var recorder = await RecordingServer.StartAsync();

        var elsewhere = await UserAsync(new Uri(recorder.Address, "/osu/").AbsoluteUri, OsuSandboxCredentials.ClientId, OsuSandboxCredentials.ClientSecret);

        Assert.Equal(1, elsewhere.ExitCode);
        var requests = recorder.Requests.ToList();
        Assert.Contains(requests, request => request.Path == "/osu/oauth/token");
        Assert.All(requests, request => Assert.Null(request.Authorization));
    }

    private Task<CliRun> UserAsync(string baseUrl, long clientId, string secret) => CliRun.RunAsync(
        "osu", "user", OsuSandboxSeed.StaffUsername,
        "--base-url", baseUrl,
        "--client-id", clientId.ToString(CultureInfo.InvariantCulture),
        "--client-secret", secret,
        "--token-store", _folder.TokenStore);

    private async Task<int> TokensIssuedToAsync(long clientId)
    {
        using var http = new HttpClient();
        using var tokens = JsonDocument.Parse(await http.GetStringAsync(new Uri(sandbox.Host.BaseAddress, "/_sandbox/osu/tokens")));
        return tokens.RootElement.EnumerateArray().Count(token => token.GetProperty("client_id").GetInt64() == clientId);
    }

    private sealed record RecordedRequest(string Path, string? Authorization);

    /// <summary>A stranger's server on a loopback port: it answers every request 401 and remembers each one's path and Authorization header.</summary>
    private sealed class RecordingServer : IAsyncDisposable
    {
        private readonly LoopbackApp _server = LoopbackApp.Create();

        private RecordingServer() =>
            _server.App.Run(context =>
            {
                Requests.Enqueue(new RecordedRequest(context.Request.Path, context.Request.Headers.Authorization.FirstOrDefault()));
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return context.Response.WriteAsJsonAsync(new { error = "invalid_client" });
            });

        public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

        public Uri Address => _server.Address;

        public static async Task<RecordingServer> StartAsync()
        {
            var server = new RecordingServer();
            await server._server.StartAsync(CancellationToken.None);
            return server;
        }

        public ValueTask DisposeAsync() => _server.DisposeAsync();
    }
}
