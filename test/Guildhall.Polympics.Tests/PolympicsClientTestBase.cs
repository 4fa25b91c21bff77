using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Guildhall.Core;
using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.Polympics;
using Microsoft.Extensions.Time.Testing;

namespace Guildhall.Polympics.Tests;

/// <summary>
/// A fresh in-memory sandbox per test and the four kinds of client on it: anonymous, the full and limited apps, and the
/// captain's and administrator's sessions. Retries are off so error tests see each failure once.
/// </summary>
public abstract class PolympicsClientTestBase : IAsyncLifetime
{
    protected const ulong CaptainId = PolympicsSandboxCredentials.CaptainAccountId;
    protected const ulong AdminId = PolympicsSandboxCredentials.AdminAccountId;
    protected const ulong Apollo = 310473552284467203;

    private readonly List<IDisposable> _disposables = [];

    protected FakeTimeProvider SandboxTime { get; } = new(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero));

    protected SandboxHost Sandbox { get; private set; } = null!;

    protected RecordingHandler Recorder { get; private set; } = null!;

    protected PolympicsClient Anonymous { get; private set; } = null!;

    protected PolympicsAppClient App { get; private set; } = null!;

    protected PolympicsAppClient LimitedApp { get; private set; } = null!;

    protected PolympicsUserClient Captain { get; private set; } = null!;

    protected PolympicsUserClient AdminUser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Sandbox = await SandboxHost.StartInMemoryAsync(new SandboxOptions { TimeProvider = SandboxTime });
        Recorder = new RecordingHandler(Sandbox.CreateHandler());
        Anonymous = Track(new PolympicsClient(NewHttpClient(), Options()));
        App = Track(new PolympicsAppClient(NewHttpClient(), SignedIn(Options(), new(PolympicsSandboxCredentials.FullAppUsername, PolympicsSandboxCredentials.FullAppToken))));
        LimitedApp = Track(new PolympicsAppClient(NewHttpClient(), SignedIn(Options(), new(PolympicsSandboxCredentials.LimitedAppUsername, PolympicsSandboxCredentials.LimitedAppToken))));
        Captain = Track(new PolympicsUserClient(NewHttpClient(), SignedIn(Options(), new(PolympicsSandboxCredentials.CaptainSessionUsername, PolympicsSandboxCredentials.CaptainSessionToken))));
        AdminUser = Track(new PolympicsUserClient(NewHttpClient(), SignedIn(Options(), new(PolympicsSandboxCredentials.AdminSessionUsername, PolympicsSandboxCredentials.AdminSessionToken))));
    }

    public async Task DisposeAsync()
    {
        foreach (var disposable in Enumerable.Reverse(_disposables))
        {
            disposable.Dispose();
        }

        Recorder.Dispose();
        await Sandbox.DisposeAsync();
    }

    protected PolympicsClientOptions Options(int maxRetries = 0) => new()
    {
        BaseAddress = Sandbox.GetApiBase("polympics"),
        Retry = new RetryOptions { MaxRetries = maxRetries, BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero },
    };

    /// <summary>The same options, signed in as <paramref name="credentials"/>.</summary>
    protected static PolympicsClientOptions SignedIn(PolympicsClientOptions options, PolympicsCredentials credentials)
    {
        options.Credentials = credentials;
        return options;
    }

    /// <summary>An HTTP client through the recorder to the sandbox; disposed with the test.</summary>
    protected HttpClient NewHttpClient() => Track(new HttpClient(Recorder, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan });

    protected T Track<T>(T disposable)
        where T : IDisposable
    {
        _disposables.Add(disposable);
        return disposable;
    }

    /// <summary>Calls an admin route of the sandbox (not recorded).</summary>
    protected async Task<JsonNode?> AdminAsync(HttpMethod method, string path, JsonNode? body = null)
    {
        using var http = Sandbox.CreateClient();
        using var request = new HttpRequestMessage(method, "_sandbox/polympics/" + path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    protected Task SetSignupsAsync(bool open) => AdminAsync(HttpMethod.Put, "settings", new JsonObject { ["signups_open"] = open });

    /// <summary>Queues a canned answer for the next matching request.</summary>
    protected Task FaultAsync(int status, string body = "", string? contentType = null, string path = "/", int count = 1) =>
        AdminAsync(HttpMethod.Post, "faults", new JsonObject { ["status"] = status, ["body"] = body, ["content_type"] = contentType, ["path"] = path, ["count"] = count });

    /// <summary>Creates an app with exactly <paramref name="permissions"/> in the sandbox and a client for it.</summary>
    protected async Task<PolympicsAppClient> SeedAppAsync(int permissions)
    {
        var seeded = await AdminAsync(HttpMethod.Post, "seed", new JsonObject { ["apps"] = new JsonArray(new JsonObject { ["name"] = "seeded", ["permissions"] = permissions }) });
        var app = seeded!["apps"]![0]!;
        return Track(new PolympicsAppClient(NewHttpClient(), SignedIn(Options(), new((string)app["username"]!, (string)app["password"]!))));
    }
}
