using System.Net;
using Guildhall.Osu.Authentication;
using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.Osu;

namespace Guildhall.Osu.Tests.Sandbox;

/// <summary>The sandbox in memory, and clients of the osu! package pointed at it.</summary>
public class OsuSandbox : IAsyncLifetime
{
    private readonly List<IAsyncDisposable> _owned = [];

    public OsuSandbox()
        : this(null)
    {
    }

    protected OsuSandbox(TimeProvider? time)
    {
        Time = time;
    }

    public SandboxHost Host { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    /// <summary>The clock the sandbox and its clients read, or <see langword="null"/> for the system clock.</summary>
    public TimeProvider? Time { get; }

    public async Task InitializeAsync()
    {
        Host = await SandboxHost.StartInMemoryAsync(new SandboxOptions { TimeProvider = Time ?? TimeProvider.System });
        Http = new HttpClient(Host.CreateHandler());
    }

    public async Task DisposeAsync()
    {
        foreach (var owned in _owned)
        {
            await owned.DisposeAsync();
        }

        Http.Dispose();
        await Host.DisposeAsync();
    }

    public OsuClientOptions Options(OsuScoreFormat format = OsuScoreFormat.Lazer) => new()
    {
        BaseAddress = Host.GetApiBase("osu"),
        ClientId = OsuSandboxCredentials.ClientId,
        ClientSecret = OsuSandboxCredentials.ClientSecret,
        RedirectUri = new Uri(OsuSandboxCredentials.RedirectUri),
        ScoreFormat = format,
        TimeProvider = Time ?? TimeProvider.System,
        RateLimitStore = new Core.RateLimiting.InMemoryRateLimitStore(Time),
        // The sandbox throttles at osu-web's 1200 a minute unless a test lowers it; tests about the budget set their own.
        RequestsPerMinute = 1200,
    };

    public OsuClientStorage Storage(OsuScoreFormat format = OsuScoreFormat.Lazer, IOsuTokenRepository? repository = null) =>
        Storage(Options(format), repository);

    public OsuClientStorage Storage(OsuClientOptions options, IOsuTokenRepository? repository = null)
    {
        var storage = new OsuClientStorage(Http, options, repository);
        _owned.Add(storage);
        return storage;
    }

    /// <summary>
    /// Runs the authorization code flow as a browser would: opens the authorize URL (the sandbox approves at once as
    /// <see cref="OsuSandboxCredentials.UserId"/>), follows the redirect to the callback and completes the flow.
    /// </summary>
    public async Task<OsuClient> AuthorizeAsync(OsuClientStorage storage, params string[] scopes)
    {
        var request = storage.OAuth.CreateAuthorizationRequest(scopes.Length == 0 ? null : scopes);
        using var response = await Http.GetAsync(request.Url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await storage.CompleteAuthorizationAsync(response.Headers.Location!, request);
    }
}
