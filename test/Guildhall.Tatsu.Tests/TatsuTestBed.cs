using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.Tatsu;
using Guildhall.Testing;

namespace Guildhall.Tatsu.Tests;

/// <summary>
/// A sandbox on a fake clock (in memory, or on Kestrel) and clients wired to it through the real pipeline. Each test
/// bed has its own clock, so its clients get their own rate-limit store and tests never share a budget.
/// </summary>
internal sealed class TatsuTestBed : IAsyncDisposable
{
    private readonly List<IDisposable> _owned = [];

    private TatsuTestBed(SandboxHost host, TimerAwareClock time)
    {
        Host = host;
        Time = time;
        Admin = host.CreateClient("_sandbox/tatsu");
        _owned.Add(Admin);
    }

    public SandboxHost Host { get; }

    public TimerAwareClock Time { get; }

    /// <summary>A raw client on <c>/_sandbox/tatsu/</c>.</summary>
    public HttpClient Admin { get; }

    /// <summary>When every test bed's clock starts.</summary>
    public static readonly DateTimeOffset Start = new(2025, 3, 14, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Starts a test bed whose sandbox runs in memory, or on Kestrel at a free loopback port (real sockets).</summary>
    /// <param name="overKestrel">Whether clients reach the sandbox over real loopback HTTP.</param>
    public static async Task<TatsuTestBed> StartAsync(bool overKestrel = false)
    {
        var time = new TimerAwareClock(Start);
        var options = new SandboxOptions { TimeProvider = time };
        var host = overKestrel ? await SandboxHost.StartAsync(options) : await SandboxHost.StartInMemoryAsync(options);
        return new TatsuTestBed(host, time);
    }

    /// <summary>A client through the whole pipeline to the sandbox, with the test bed's clock.</summary>
    /// <param name="key">The API key.</param>
    /// <param name="configure">Changes the options.</param>
    /// <param name="wrap">Puts a handler of the test's own between the client and the sandbox.</param>
    public TatsuClient CreateClient(
        string key = TatsuSandboxCredentials.GuildmasterKey, Action<TatsuClientOptions>? configure = null, Func<HttpMessageHandler, DelegatingHandler>? wrap = null)
    {
        var options = Options(key);
        configure?.Invoke(options);
        var handler = Host.CreateHandler();
        var http = new HttpClient(wrap is null ? handler : wrap(handler)) { Timeout = Timeout.InfiniteTimeSpan };
        _owned.Add(http);
        var client = new TatsuClient(http, options);
        _owned.Add(client);
        return client;
    }

    public TatsuClientOptions Options(string key) => new()
    {
        ApiKey = key,
        BaseAddress = Host.GetApiBase("tatsu/v1"),
        TimeProvider = Time,
    };

    /// <summary>The requests the sandbox received, oldest first.</summary>
    public async Task<IReadOnlyList<JsonNode>> RequestsAsync()
    {
        var log = await Admin.GetFromJsonAsync<JsonArray>("requests");
        return [.. log!.Select(entry => entry!)];
    }

    /// <summary>The sandbox's request log, reduced to "METHOD path status" lines.</summary>
    public async Task<IReadOnlyList<string>> RequestLinesAsync() =>
        [.. (await RequestsAsync()).Select(entry => $"{entry["method"]} {entry["path"]} {entry["status"]}")];

    public async Task PostAdminAsync(string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await Admin.PostAsync(path, content);
        response.EnsureSuccessStatusCode();
    }

    public async Task PutAdminAsync(string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await Admin.PutAsync(path, content);
        response.EnsureSuccessStatusCode();
    }

    public Task InjectFaultAsync(string json) => PostAdminAsync("faults", json);

    /// <summary>The bodies of the changes (PATCH requests) the sandbox received, oldest first.</summary>
    public async Task<IReadOnlyList<string>> ChangeBodiesAsync() =>
        [.. (await RequestsAsync()).Where(entry => entry["method"]!.GetValue<string>() == "PATCH").Select(entry => entry["body"]!.GetValue<string>())];

    /// <summary>One number of a member as the sandbox holds it: <c>score</c>, <c>week_score</c>, <c>points</c>...</summary>
    public async Task<ulong> MemberAsync(ulong guildId, ulong userId, string field)
    {
        var guild = await Admin.GetFromJsonAsync<JsonObject>($"guilds/{guildId}");
        var member = guild!["members"]!.AsArray().Single(entry => entry!["user_id"]!.GetValue<string>() == userId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return member![field]!.GetValue<ulong>();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }

        await Host.DisposeAsync();
    }
}
