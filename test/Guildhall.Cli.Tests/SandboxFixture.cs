using Guildhall.Sandbox.Hosting;

namespace Guildhall.Cli.Tests;

/// <summary>One sandbox on a loopback port for the commands to call, as a user would with <c>--base-url</c>.</summary>
public sealed class SandboxFixture : IAsyncLifetime
{
    public SandboxHost Host { get; private set; } = null!;

    public string Base(string prefix) => Host.GetApiBase(prefix).AbsoluteUri;

    public async Task InitializeAsync() => Host = await SandboxHost.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class SandboxGroup : ICollectionFixture<SandboxFixture>
{
    public const string Name = "sandbox";
}
