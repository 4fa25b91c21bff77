using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.Polympics;
using Guildhall.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Guildhall.Polympics.Tests;

/// <summary>
/// <c>AddPolympicsClient</c> and <c>AddPolympicsAppClient</c> pass the registration checks every Guildhall client passes,
/// over real loopback HTTP.
/// </summary>
public sealed class DependencyInjectionRegistrationTests
{
    [Fact]
    public async Task AddPolympicsClient_registers_the_client_as_every_Guildhall_client_is_registered()
    {
        await using var sandbox = await SandboxHost.StartAsync();
        await ClientRegistrationChecks.VerifyAsync(
            new ClientRegistration<PolympicsClient, PolympicsClientOptions>
            {
                HttpClientName = PolympicsClient.HttpClientName,
                Register = services => services.AddPolympicsClient(),
                CallAsync = (client, cancellationToken) => client.Accounts.AreSignupsOpenAsync(cancellationToken),
            },
            sandbox.GetApiBase("polympics"));
    }

    [Fact]
    public async Task AddPolympicsAppClient_registers_the_client_as_every_Guildhall_client_is_registered()
    {
        await using var sandbox = await SandboxHost.StartAsync();
        await ClientRegistrationChecks.VerifyAsync(
            new ClientRegistration<PolympicsAppClient, PolympicsClientOptions>
            {
                HttpClientName = PolympicsClient.HttpClientName,
                Register = services => services.AddPolympicsAppClient(options => options.Credentials = AppCredentials()),
                CallAsync = (client, cancellationToken) => client.GetSelfAsync(cancellationToken),
            },
            sandbox.GetApiBase("polympics"));
    }

    [Fact]
    public async Task AddPolympicsAppClient_alone_makes_the_app_client_the_PolympicsClient_too()
    {
        await using var sandbox = await SandboxHost.StartAsync();
        var services = new ServiceCollection();
        services.AddPolympicsAppClient(options => options.Credentials = AppCredentials());
        services.Configure<PolympicsClientOptions>(options => options.BaseAddress = sandbox.GetApiBase("polympics"));
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<PolympicsClient>();

        Assert.Same(provider.GetRequiredService<PolympicsAppClient>(), client);
        Assert.True(await client.Accounts.AreSignupsOpenAsync());
    }

    private static PolympicsCredentials AppCredentials() =>
        new(PolympicsSandboxCredentials.FullAppUsername, PolympicsSandboxCredentials.FullAppToken);
}
