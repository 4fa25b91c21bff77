using Guildhall.Sandbox.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Guildhall.Sandbox.Tests;

/// <summary>A test class whose every test gets a fresh <see cref="SandboxTestBed"/>, started before it and stopped after it.</summary>
/// <param name="start">Where the sandbox clock starts.</param>
public abstract class SandboxTest(DateTimeOffset start) : IAsyncLifetime
{
    protected FakeTimeProvider Clock { get; } = new(start);

    protected SandboxTestBed Sandbox { get; private set; } = null!;

    protected SandboxHost Host => Sandbox.Host;

    /// <summary>A client on the host root.</summary>
    protected HttpClient Http => Sandbox.Http;

    public async Task InitializeAsync() => Sandbox = await SandboxTestBed.StartAsync(Clock, Configure);

    public async Task DisposeAsync() => await Sandbox.DisposeAsync();

    /// <summary>Changes the host's settings before it starts.</summary>
    protected virtual void Configure(SandboxOptions options)
    {
    }
}
