using System.Net.Http.Json;
using Guildhall.Core;
using Guildhall.Core.RateLimiting;
using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.TopGg;
using Guildhall.Testing;

namespace Guildhall.TopGg.Tests.Infrastructure;

/// <summary>
/// A sandbox (in memory, or on Kestrel) and a client pointed at it, sharing one fake clock, so limits, blocks and vote
/// windows can be driven without waiting.
/// </summary>
internal sealed class SandboxSession : IAsyncDisposable
{
    private readonly List<IDisposable> _owned = [];

    private SandboxSession(SandboxHost host, TimeProvider clock)
    {
        Host = host;
        Clock = clock;
        Admin = host.CreateClient();
        Store = new InMemoryRateLimitStore(clock);
    }

    public SandboxHost Host { get; }

    /// <summary>The clock the sandbox and the clients share.</summary>
    public TimeProvider Clock { get; }

    /// <summary>The clock, when it is the default fake one.</summary>
    public TimerAwareClock Time => (TimerAwareClock)Clock;

    /// <summary>An HTTP client on the sandbox root, for admin routes.</summary>
    public HttpClient Admin { get; }

    public InMemoryRateLimitStore Store { get; }

    public TopGgClient Client { get; private set; } = null!;

    public static async Task<SandboxSession> StartAsync(Action<TopGgClientOptions>? configure = null, Action<SandboxOptions>? sandbox = null, bool kestrel = false, TimeProvider? clock = null)
    {
        var time = clock ?? StubClients.NewClock();
        var options = new SandboxOptions { TimeProvider = time };
        sandbox?.Invoke(options);
        var host = kestrel ? await SandboxHost.StartAsync(options) : await SandboxHost.StartInMemoryAsync(options);
        var session = new SandboxSession(host, time);
        session.Client = session.CreateClient(TopGgSandboxCredentials.Token, configure);
        return session;
    }

    public TopGgClient CreateClient(string token, Action<TopGgClientOptions>? configure = null)
    {
        var options = new TopGgClientOptions
        {
            Token = token,
            BaseAddress = Host.GetApiBase("topgg/api"),
            TimeProvider = Clock,
            RateLimitStore = Store,
            Retry = new RetryOptions { MaxRetries = 0 },
        };
        configure?.Invoke(options);
        var http = new HttpClient(Host.CreateHandler(), disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        _owned.Add(http);
        var client = new TopGgClient(http, options);
        _owned.Add(client);
        return client;
    }

    /// <summary>Spoils the next matching request(s) through the sandbox's fault injection.</summary>
    public async Task InjectFaultAsync(string apiPath, string kind = "status", int? status = null, string? body = null, string contentType = "application/json", IReadOnlyDictionary<string, string>? headers = null, int times = 1)
    {
        var fault = new Dictionary<string, object?>
        {
            ["path"] = "/topgg/api" + apiPath,
            ["kind"] = kind,
            ["status"] = status,
            ["body"] = body,
            ["content_type"] = contentType,
            ["headers"] = headers,
            ["times"] = times,
        };
        using var response = await Admin.PostAsJsonAsync("_sandbox/faults", fault);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>What the sandbox recorded for an inspection route, for example <c>posted-stats</c>.</summary>
    public async Task<System.Text.Json.JsonElement> GetPostedAsync(string log)
    {
        using var response = await Admin.GetAsync($"_sandbox/topgg/{log}");
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }

        Admin.Dispose();
        await Host.DisposeAsync();
    }
}
