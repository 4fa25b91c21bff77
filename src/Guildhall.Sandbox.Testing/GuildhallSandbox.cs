using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Guildhall.Core.RateLimiting;
using Guildhall.Osu;
using Guildhall.Polympics;
using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.Osu;
using Guildhall.Sandbox.Polympics;
using Guildhall.Sandbox.Tatsu;
using Guildhall.Sandbox.TopGg;
using Guildhall.Tatsu;
using Guildhall.TopGg;

namespace Guildhall.Sandbox.Testing;

/// <summary>
/// The Guildhall sandbox for a bot's own tests: all four emulated APIs in memory or on a loopback port, ready-made
/// clients pointed at them with the sandbox's credentials, and one call each to seed data, inject faults, read back
/// what the bot sent, and deliver a vote webhook to the bot. Framework neutral: start it in a test's set-up (xUnit's
/// <c>IAsyncLifetime</c>, NUnit's <c>[SetUp]</c>) and dispose it in the tear-down.
/// </summary>
public sealed class GuildhallSandbox : IAsyncDisposable
{
    private readonly List<HttpClient> _httpClients = [];
    private readonly HttpClient _admin;
    private readonly Lazy<TopGgClient> _topGg;
    private readonly Lazy<TatsuClient> _tatsu;
    private readonly Lazy<PolympicsAppClient> _polympics;
    private readonly Lazy<OsuClientStorage> _osu;

    private readonly TimeProvider _time;

    private GuildhallSandbox(SandboxHost host, SandboxOptions? options)
    {
        Host = host;
        _time = options?.TimeProvider ?? TimeProvider.System;
        _admin = CreateHttpClient();
        _topGg = new(() => new TopGgClient(CreateHttpClient(), TopGgOptions()));
        _tatsu = new(() => new TatsuClient(CreateHttpClient(), TatsuOptions()));
        _polympics = new(() => new PolympicsAppClient(CreateHttpClient(), PolympicsOptions()));
        _osu = new(() => new OsuClientStorage(CreateHttpClient(), OsuOptions()));
    }

    /// <summary>The running sandbox: its address, credentials and services.</summary>
    public SandboxHost Host { get; }

    /// <summary>A Top.gg client with the sandbox bot's token (<see cref="TopGgSandboxCredentials.Token"/>).</summary>
    public TopGgClient TopGg => _topGg.Value;

    /// <summary>A Tatsu client with the key of the owner of both seeded guilds (<see cref="TatsuSandboxCredentials.GuildmasterKey"/>).</summary>
    public TatsuClient Tatsu => _tatsu.Value;

    /// <summary>A Polympics client of the app that holds every permission (<see cref="PolympicsSandboxCredentials.FullAppUsername"/>).</summary>
    public PolympicsAppClient Polympics => _polympics.Value;

    /// <summary>osu! clients of the sandbox OAuth application; <see cref="OsuClientStorage.AppClient"/> is the client-credentials one.</summary>
    public OsuClientStorage Osu => _osu.Value;

    /// <summary>Starts the sandbox in memory: no sockets, so only clients built from <see cref="CreateHttpClient"/> reach it.</summary>
    /// <param name="options">The sandbox's settings (a fake clock, a fault profile); <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<GuildhallSandbox> StartInMemoryAsync(SandboxOptions? options = null, CancellationToken cancellationToken = default) =>
        new(await SandboxHost.StartInMemoryAsync(options, cancellationToken).ConfigureAwait(false), options);

    /// <summary>Starts the sandbox on Kestrel, on a free loopback port unless the options name one: any HTTP client reaches it.</summary>
    /// <param name="options">The sandbox's settings; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<GuildhallSandbox> StartOnLoopbackAsync(SandboxOptions? options = null, CancellationToken cancellationToken = default) =>
        new(await SandboxHost.StartAsync(options, cancellationToken).ConfigureAwait(false), options);

    /// <summary>An <see cref="HttpClient"/> that reaches the sandbox (in memory or not); disposed with the sandbox.</summary>
    public HttpClient CreateHttpClient()
    {
        var client = new HttpClient(Host.CreateHandler(), disposeHandler: true) { BaseAddress = Host.BaseAddress };
        lock (_httpClients)
        {
            _httpClients.Add(client);
        }

        return client;
    }

    /// <remarks>
    /// The clients of every options method read the sandbox's clock and keep their rate budget to themselves: the
    /// default budget is shared by every client in the process holding the same credentials, and the sandbox's
    /// credentials are the same in every test, so one test's 429 would block the next test's calls.
    /// </remarks>
    /// <summary>Options for a Top.gg client of the sandbox; build the bot's own client with them and <see cref="CreateHttpClient"/>.</summary>
    /// <param name="token">The token; the sandbox bot's by default.</param>
    public TopGgClientOptions TopGgOptions(string token = TopGgSandboxCredentials.Token) =>
        new() { Token = token, BaseAddress = Host.GetApiBase("topgg/api"), TimeProvider = _time, RateLimitStore = new InMemoryRateLimitStore(_time) };

    /// <summary>Options for a Tatsu client of the sandbox.</summary>
    /// <param name="apiKey">The key; the guild owner's by default.</param>
    public TatsuClientOptions TatsuOptions(string apiKey = TatsuSandboxCredentials.GuildmasterKey) =>
        new() { ApiKey = apiKey, BaseAddress = Host.GetApiBase("tatsu/v1"), TimeProvider = _time, RateLimitStore = new InMemoryRateLimitStore(_time) };

    /// <summary>Options for a Polympics client of the sandbox.</summary>
    /// <param name="credentials">Who signs in; the sandbox's full-permission app by default.</param>
    public PolympicsClientOptions PolympicsOptions(PolympicsCredentials? credentials = null) => new()
    {
        Credentials = credentials ?? new PolympicsCredentials(PolympicsSandboxCredentials.FullAppUsername, PolympicsSandboxCredentials.FullAppToken),
        BaseAddress = Host.GetApiBase("polympics"),
        TimeProvider = _time,
        RateLimitStore = new InMemoryRateLimitStore(_time),
    };

    /// <summary>Options for osu! clients of the sandbox's OAuth application.</summary>
    public OsuClientOptions OsuOptions() => new()
    {
        BaseAddress = Host.GetApiBase("osu"),
        ClientId = OsuSandboxCredentials.ClientId,
        ClientSecret = OsuSandboxCredentials.ClientSecret,
        RedirectUri = new Uri(OsuSandboxCredentials.RedirectUri),
        TimeProvider = _time,
        RateLimitStore = new InMemoryRateLimitStore(_time),
    };

    /// <summary>
    /// Sends a JSON body to one of an emulator's admin routes (<c>/_sandbox/{api}/{route}</c>) to seed data, for example
    /// <c>SeedAsync("topgg", "votes", new { user = "…" })</c>; each emulator's README lists its seed routes.
    /// </summary>
    /// <param name="api">The emulator: <c>topgg</c>, <c>osu</c>, <c>tatsu</c> or <c>polympics</c>.</param>
    /// <param name="route">The route below the emulator's admin prefix, for example <c>guilds/123/members/456</c>.</param>
    /// <param name="body">The JSON body (an object, serialized as is).</param>
    /// <param name="method">The method; POST by default (Tatsu's seed routes take PUT).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer's JSON, or null when it had none.</returns>
    /// <exception cref="SandboxAdminException">The sandbox refused the body; nothing was seeded.</exception>
    public Task<JsonNode?> SeedAsync(string api, string route, object body, HttpMethod? method = null, CancellationToken cancellationToken = default) =>
        AdminAsync(method ?? HttpMethod.Post, $"_sandbox/{api}/{route.TrimStart('/')}", body, cancellationToken);

    /// <summary>Runs a fault profile (<c>flaky</c>, <c>slow</c>, <c>throttled</c>) from now on, seeded, on every API or one.</summary>
    /// <param name="profile">The profile's name; <see cref="SandboxHost.FaultProfileNames"/> lists them.</param>
    /// <param name="seed">The seed: the same seed replays the same faults for the same requests.</param>
    /// <param name="api">Only this API (<c>topgg</c>, <c>osu</c>, <c>tatsu</c>, <c>polympics</c>); every API when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="SandboxAdminException">No such profile or API.</exception>
    public Task UseFaultProfileAsync(string profile, int seed = 0, string? api = null, CancellationToken cancellationToken = default) =>
        AdminAsync(HttpMethod.Put, "_sandbox/faults/profile", new JsonObject { ["name"] = profile, ["seed"] = seed, ["api"] = api }, cancellationToken);

    /// <summary>Stops the fault profile.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task StopFaultProfileAsync(CancellationToken cancellationToken = default) =>
        AdminAsync(HttpMethod.Delete, "_sandbox/faults/profile", null, cancellationToken);

    /// <summary>Answers the next matching requests with <paramref name="status"/> instead of the API's answer.</summary>
    /// <param name="path">A path prefix from the host root, for example <c>/topgg/api/bots/stats</c>.</param>
    /// <param name="status">The status to answer, for example 503.</param>
    /// <param name="times">How many requests it answers.</param>
    /// <param name="method">Only requests with this method; any when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task InjectFaultAsync(string path, int status, int times = 1, string? method = null, CancellationToken cancellationToken = default) =>
        AdminAsync(HttpMethod.Post, "_sandbox/faults", new JsonObject { ["path"] = path, ["kind"] = "status", ["status"] = status, ["times"] = times, ["method"] = method }, cancellationToken);

    /// <summary>Drops the connection of the next matching requests without an answer.</summary>
    /// <param name="path">A path prefix from the host root.</param>
    /// <param name="times">How many requests it drops.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task DropConnectionsAsync(string path, int times = 1, CancellationToken cancellationToken = default) =>
        AdminAsync(HttpMethod.Post, "_sandbox/faults", new JsonObject { ["path"] = path, ["kind"] = "abort", ["times"] = times }, cancellationToken);

    /// <summary>The requests an API received, oldest first (retries and requests a fault answered included).</summary>
    /// <param name="api">The emulator: <c>topgg</c>, <c>osu</c>, <c>tatsu</c> or <c>polympics</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<IReadOnlyList<SandboxRequest>> GetRequestsAsync(string api, CancellationToken cancellationToken = default)
    {
        var log = await AdminAsync(HttpMethod.Get, $"_sandbox/{api}/requests", null, cancellationToken).ConfigureAwait(false);
        return [.. log!.AsArray().Select(entry => new SandboxRequest(
            DateTimeOffset.Parse((string)entry!["at"]!, CultureInfo.InvariantCulture),
            (string)entry["method"]!,
            (string)entry["path"]!,
            (int)entry["status"]!,
            (string?)entry["caller_id"],
            (string?)entry["user_agent"],
            (string?)entry["body"]))];
    }

    /// <summary>The point and score changes Tatsu accepted (<c>PATCH</c> requests answered 200), oldest first.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<IReadOnlyList<SandboxRequest>> GetTatsuChangesAsync(CancellationToken cancellationToken = default) =>
        [.. (await GetRequestsAsync("tatsu", cancellationToken).ConfigureAwait(false)).Where(request => request.Method == "PATCH" && request.Status == 200)];

    /// <summary>The stats bots posted to Top.gg (<c>POST /bots/stats</c>), oldest first, each body exactly as sent.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<IReadOnlyList<JsonObject>> GetTopGgPostedStatsAsync(CancellationToken cancellationToken = default)
    {
        var posted = await AdminAsync(HttpMethod.Get, "_sandbox/topgg/posted-stats", null, cancellationToken).ConfigureAwait(false);
        return [.. posted!.AsArray().Select(entry => entry!["body"]!.AsObject())];
    }

    /// <summary>
    /// Delivers a Top.gg vote to the bot's webhook endpoint as Top.gg does (retries included), and waits for the outcome.
    /// </summary>
    /// <param name="endpoint">The bot's endpoint, for example <c>http://127.0.0.1:5000/dbl</c>; the sandbox calls it over HTTP.</param>
    /// <param name="secret">The secret the bot checks: its <c>Authorization</c> value (legacy) or its <c>whs_…</c> signing secret (V2).</param>
    /// <param name="format">Legacy or V2.</param>
    /// <param name="userId">The voter; a seeded voter by default.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <exception cref="SandboxAdminException">The sandbox refused the delivery (a bad URL, a V2 secret not starting with <c>whs_</c>).</exception>
    public async Task<SandboxWebhookDelivery> DeliverVoteAsync(
        Uri endpoint, string secret, SandboxVoteWebhookFormat format = SandboxVoteWebhookFormat.V2, ulong? userId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var body = new JsonObject
        {
            ["url"] = endpoint.ToString(),
            ["format"] = format == SandboxVoteWebhookFormat.Legacy ? "legacy" : "v2",
            ["secret"] = secret,
            ["wait"] = true,
        };
        if (userId is { } user)
        {
            body["user"] = user.ToString(CultureInfo.InvariantCulture);
        }

        var delivery = await AdminAsync(HttpMethod.Post, "_sandbox/topgg/deliveries", body, cancellationToken).ConfigureAwait(false);
        return new SandboxWebhookDelivery(
            (string)delivery!["status"]!,
            [.. delivery["attempts"]!.AsArray().Select(attempt => (int?)attempt!["status_code"])]);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_topGg.IsValueCreated)
        {
            await _topGg.Value.DisposeAsync().ConfigureAwait(false);
        }

        if (_tatsu.IsValueCreated)
        {
            await _tatsu.Value.DisposeAsync().ConfigureAwait(false);
        }

        if (_polympics.IsValueCreated)
        {
            await _polympics.Value.DisposeAsync().ConfigureAwait(false);
        }

        if (_osu.IsValueCreated)
        {
            await _osu.Value.DisposeAsync().ConfigureAwait(false);
        }

        lock (_httpClients)
        {
            _httpClients.ForEach(client => client.Dispose());
        }

        await Host.DisposeAsync().ConfigureAwait(false);
    }

    private async Task<JsonNode?> AdminAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await _admin.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new SandboxAdminException(response.StatusCode, $"{method} /{path} answered {(int)response.StatusCode}: {text}");
        }

        return text.Length == 0 ? null : JsonNode.Parse(text);
    }
}
