using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.TopGg;
using Guildhall.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Guildhall.TopGg.Tests.Sandbox;

/// <summary><c>AddTopGgClient</c> passes the registration checks every Guildhall client passes, over real loopback HTTP.</summary>
public sealed class DependencyInjectionRegistrationTests
{
    [Fact]
    public async Task AddTopGgClient_registers_the_client_as_every_Guildhall_client_is_registered()
    {
        await using var sandbox = await SandboxHost.StartAsync();
        await ClientRegistrationChecks.VerifyAsync(
            new ClientRegistration<TopGgClient, TopGgClientOptions>
            {
                HttpClientName = TopGgClient.HttpClientName,
                Register = services => services.AddTopGgClient(options => options.Token = TopGgSandboxCredentials.Token),
                CallAsync = (client, cancellationToken) => client.IsWeekendAsync(cancellationToken),
            },
            sandbox.GetApiBase("topgg/api"));
    }
}
