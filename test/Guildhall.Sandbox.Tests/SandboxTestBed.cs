using System.Net.Http.Headers;
using System.Text;
using Guildhall.Sandbox.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Guildhall.Sandbox.Tests;

/// <summary>
/// An in-memory sandbox on a fake clock and a raw client on its root: what every emulator test starts from. The
/// emulators' own test beds add their prefixes, credentials and admin routes on top.
/// </summary>
public class SandboxTestBed : IAsyncDisposable
{
    /// <summary>What the sandbox's JSON requests declare unless a test says otherwise.</summary>
    public const string JsonContentType = "application/json; charset=utf-8";

    protected SandboxTestBed(SandboxHost host, FakeTimeProvider clock)
    {
        Host = host;
        Clock = clock;
        Http = host.CreateClient();
    }

    public SandboxHost Host { get; }

    /// <summary>The host's clock: nothing in the sandbox moves until a test advances it.</summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>A client on the host root: paths start with the API's prefix (<c>tatsu/v1/</c>) or <c>_sandbox/</c>.</summary>
    public HttpClient Http { get; }

    public static async Task<SandboxTestBed> StartAsync(FakeTimeProvider clock, Action<SandboxOptions>? configure = null) =>
        new(await StartHostAsync(clock, configure), clock);

    protected static Task<SandboxHost> StartHostAsync(FakeTimeProvider clock, Action<SandboxOptions>? configure)
    {
        var options = new SandboxOptions { TimeProvider = clock };
        configure?.Invoke(options);
        return SandboxHost.StartInMemoryAsync(options);
    }

    /// <summary>Sends a request as a client would write it by hand.</summary>
    /// <param name="method">The method.</param>
    /// <param name="path">The path from the host root, for example <c>tatsu/v1/users/1/profile</c>.</param>
    /// <param name="authorization">The <c>Authorization</c> header exactly as sent (APIs differ on schemes), or none.</param>
    /// <param name="body">The body text, or none.</param>
    /// <param name="contentType">The body's content type, or none at all.</param>
    public async Task<HttpResponseMessage> SendFromRootAsync(
        HttpMethod method, string path, string? authorization = null, string? body = null, string? contentType = JsonContentType)
    {
        using var request = new HttpRequestMessage(method, path);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        }

        return await Http.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
