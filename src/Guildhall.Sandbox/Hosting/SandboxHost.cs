using Guildhall.Sandbox.Faults;
using Guildhall.Sandbox.Kit;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Guildhall.Sandbox.Hosting;

/// <summary>
/// A running sandbox: all four emulated APIs behind one host, either on Kestrel (reachable by any HTTP client) or in
/// memory (for tests, no sockets). Point a client at <see cref="BaseAddress"/> plus the API's prefix.
/// </summary>
public sealed class SandboxHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TestServer? _testServer;

    private SandboxHost(WebApplication app, Uri baseAddress, IReadOnlyList<SandboxCredential> credentials)
    {
        _app = app;
        _testServer = app.Services.GetService<IServer>() as TestServer;
        BaseAddress = baseAddress;
        Credentials = credentials;
    }

    /// <summary>The root address of the host, ending in <c>/</c>. In memory it is <c>http://sandbox.local/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The credentials the seeded sandbox accepts, across all emulated APIs.</summary>
    public IReadOnlyList<SandboxCredential> Credentials { get; }

    /// <summary>The host's services, where tests can reach an emulator's state.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Whether the host runs in memory rather than on a socket.</summary>
    public bool IsInMemory => _testServer is not null;

    /// <summary>Starts the sandbox on Kestrel at <see cref="SandboxOptions.Urls"/>.</summary>
    /// <param name="options">The settings; <see langword="null"/> uses the defaults (a free loopback port).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<SandboxHost> StartAsync(SandboxOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SandboxOptions();
        var (app, credentials) = Build(options, inMemory: false);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SandboxHost(app, new Uri(address.TrimEnd('/') + "/"), credentials);
    }

    /// <summary>Starts the sandbox in memory. Clients reach it through <see cref="CreateHandler"/>.</summary>
    /// <param name="options">The settings; <see langword="null"/> uses the defaults.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<SandboxHost> StartInMemoryAsync(SandboxOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SandboxOptions();
        var (app, credentials) = Build(options, inMemory: true);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        return new SandboxHost(app, new Uri("http://sandbox.local/"), credentials);
    }

    /// <summary>
    /// A handler that reaches this host: the in-memory transport for in-memory hosts, a plain socket handler otherwise.
    /// The caller owns and disposes it.
    /// </summary>
    public HttpMessageHandler CreateHandler() =>
        _testServer is not null ? _testServer.CreateHandler() : new SocketsHttpHandler();

    /// <summary>An <see cref="HttpClient"/> whose base address is this host's root plus <paramref name="prefix"/>.</summary>
    /// <param name="prefix">The emulated API's prefix, for example <c>topgg/api/</c>.</param>
    public HttpClient CreateClient(string prefix = "") =>
        new(CreateHandler(), disposeHandler: true) { BaseAddress = GetApiBase(prefix) };

    /// <summary>The address of one emulated API, for example <c>GetApiBase("tatsu/v1/")</c>.</summary>
    /// <param name="prefix">The API's prefix, with or without slashes around it.</param>
    public Uri GetApiBase(string prefix) => new(BaseAddress, prefix.Trim('/') + (prefix.Length == 0 ? "" : "/"));

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>The names of the fault profiles a host can run: <c>flaky</c>, <c>slow</c>, <c>throttled</c>.</summary>
    public static IReadOnlyCollection<string> FaultProfileNames => [.. SandboxFaultProfiles.All.Keys.Order(StringComparer.Ordinal)];

    private static SandboxFaultProfileState StartingProfile(SandboxOptions options)
    {
        var state = new SandboxFaultProfileState();
        if (options.FaultProfile is { } name)
        {
            var profile = SandboxFaultProfiles.All.GetValueOrDefault(name)
                ?? throw new ArgumentException($"There is no fault profile '{name}'. Profiles: {string.Join(", ", FaultProfileNames)}.", nameof(options));
            state.Start(profile, options.FaultSeed);
        }

        return state;
    }

    private static (WebApplication App, IReadOnlyList<SandboxCredential> Credentials) Build(SandboxOptions options, bool inMemory)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(SandboxHost).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (inMemory)
        {
            builder.WebHost.UseTestServer();
        }
        else
        {
            builder.WebHost.UseKestrel().UseUrls(options.Urls);
        }

        var emulators = SandboxEmulators.CreateAll();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(options.TimeProvider);
        builder.Services.AddSingleton(new SandboxOutbound(options));
        builder.Services.AddSingleton<SandboxFaults>();
        builder.Services.AddSingleton(StartingProfile(options));
        builder.Services.Configure<FormOptions>(form =>
        {
            form.KeyLengthLimit = SandboxBodyLimits.MaxKeyBytes;
            form.ValueLengthLimit = SandboxBodyLimits.MaxValueBytes;
            form.MultipartBodyLengthLimit = options.MaxRequestBodyBytes;
        });
        builder.Services.AddSingleton<SandboxRateCounters>();
        builder.Services.AddSingleton<SandboxRequestLog>();
        foreach (var emulator in emulators)
        {
            emulator.AddServices(builder.Services, options);
        }

        var app = builder.Build();
        var credentials = emulators.SelectMany(e => e.Credentials).ToList();
        // The request path every emulator shares: hostile bodies refused, the request recorded, faults, then the route.
        app.UseMiddleware<SandboxBodyGuard>(options, emulators);
        app.UseMiddleware<SandboxRequestRecorder>(emulators);
        app.UseMiddleware<SandboxFaultMiddleware>();
        SandboxFaultRoutes.Map(app, emulators);
        SandboxRateCounterRoutes.Map(app);
        app.MapGet("/_sandbox/health", () => SandboxJson.Result(new JsonObject { ["status"] = "ok", ["apis"] = new JsonArray([.. emulators.Select(e => (JsonNode?)e.Name)]) }));
        app.MapGet("/_sandbox/credentials", () => SandboxJson.Typed<IReadOnlyList<SandboxCredential>>(credentials));
        foreach (var emulator in emulators)
        {
            emulator.MapRoutes(app);
        }

        return (app, credentials);
    }
}
