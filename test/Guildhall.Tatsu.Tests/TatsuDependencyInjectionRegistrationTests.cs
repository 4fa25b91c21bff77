using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.Tatsu;
using Guildhall.Testing;

namespace Guildhall.Tatsu.Tests;

/// <summary><c>AddTatsuClient</c> passes the registration checks every Guildhall client passes, over real loopback HTTP.</summary>
public sealed class TatsuDependencyInjectionRegistrationTests
{
    [Fact]
    public async Task AddTatsuClient_registers_the_client_as_every_Guildhall_client_is_registered()
    {
        await using var sandbox = await SandboxHost.StartAsync();
        await ClientRegistrationChecks.VerifyAsync(
            new ClientRegistration<TatsuClient, TatsuClientOptions>
            {
                HttpClientName = TatsuClient.HttpClientName,
                Register = services => services.AddTatsuClient(options => options.ApiKey = TatsuSandboxCredentials.GuildmasterKey),
                CallAsync = (client, cancellationToken) => client.Users.GetProfileAsync(TatsuSandboxData.SupporterUserId, cancellationToken),
            },
            sandbox.GetApiBase("tatsu/v1"));
    }
}
