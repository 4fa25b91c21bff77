using Guildhall.Sandbox.Hosting;

namespace Guildhall.Sandbox.Tests.EmulatorWalk;

/// <summary>
/// Every route that takes a body (as the host maps them) answers each hostile body with a 4xx in its API's error shape,
/// never a 500: oversized keys, values and bodies, forms the reader refuses, malformed and non-UTF-8 JSON.
/// </summary>
public abstract class HostileBodyTests : IAsyncLifetime
{
    /// <summary>Write routes that take no body, as on the real service: they answer as if none was sent.</summary>
    private static readonly HashSet<string> RoutesWithoutBody = new(StringComparer.Ordinal)
    {
        "PUT /polympics/account/{account}/award/{award}",
        "POST /polympics/auth/reset_token",
    };

    private SandboxHost _host = null!;
    private HttpClient _root = null!;
    private IReadOnlyDictionary<string, string> _credentials = null!;

    public async Task InitializeAsync()
    {
        _host = await StartAsync(new SandboxOptions { EnforceRateLimits = false });
        _root = _host.CreateClient();
        _credentials = await EmulatorRoutes.CredentialsAsync(_host);
    }

    public async Task DisposeAsync()
    {
        _root.Dispose();
        await _host.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(HostileBodies.Names), MemberType = typeof(HostileBodies))]
    public async Task Every_route_that_reads_a_body_refuses_it_in_its_own_error_shape(string hostile)
    {
        var failures = new List<string>();
        var probes = EmulatorRoutes.Enumerate(_host)
            .Where(probe => probe.TakesBody && !(HostileBodies.MalformedOnly.Contains(hostile) && RoutesWithoutBody.Contains(probe.ToString())))
            .ToList();
        foreach (var probe in probes)
        {
            using var response = await EmulatorRoutes.SendAsync(_root, probe, _credentials.GetValueOrDefault(probe.Api), HostileBodies.Get(hostile));
            var body = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            if (status is < 400 or >= 500)
            {
                failures.Add($"{probe} answered {status}: {Shorten(body)}");
            }
            else if (ApiErrorShape.Problem(probe, response, body) is { } problem)
            {
                failures.Add($"{probe} answered {status}, but {problem}: {Shorten(body)}");
            }
        }

        Assert.NotEmpty(probes);
        Assert.True(failures.Count == 0, $"{hostile}:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
    }

    protected abstract Task<SandboxHost> StartAsync(SandboxOptions options);

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}

/// <summary>The hostile bodies through the in-memory host.</summary>
public sealed class InMemoryHostileBodyTests : HostileBodyTests
{
    protected override Task<SandboxHost> StartAsync(SandboxOptions options) => SandboxHost.StartInMemoryAsync(options);
}

/// <summary>The hostile bodies over real Kestrel on a loopback port, where a body may arrive chunked.</summary>
public sealed class KestrelHostileBodyTests : HostileBodyTests
{
    protected override Task<SandboxHost> StartAsync(SandboxOptions options) => SandboxHost.StartAsync(options);
}
