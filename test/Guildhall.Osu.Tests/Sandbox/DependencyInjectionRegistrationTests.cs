using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.Osu;
using Guildhall.Testing;

namespace Guildhall.Osu.Tests.Sandbox;

/// <summary><c>AddOsuClient</c> passes the registration checks every Guildhall client passes, over real loopback HTTP.</summary>
public sealed class DependencyInjectionRegistrationTests
{
    [Fact]
    public async Task AddOsuClient_registers_the_app_client_as_every_Guildhall_client_is_registered()
    {
        await using var sandbox = await SandboxHost.StartAsync();
        await ClientRegistrationChecks.VerifyAsync(
            new ClientRegistration<OsuClient, OsuClientOptions>
            {
                HttpClientName = OsuClient.HttpClientName,
                Register = services => services.AddOsuClient(options =>
                {
                    options.ClientId = OsuSandboxCredentials.ClientId;
                    options.ClientSecret = OsuSandboxCredentials.ClientSecret;
                }),
                CallAsync = (client, cancellationToken) => client.Users.GetAsync(OsuSandboxSeed.StaffUserId, cancellationToken: cancellationToken),
            },
            sandbox.GetApiBase("osu"));
    }
}
