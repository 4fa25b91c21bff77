using Guildhall.Sandbox.Polympics;
using Microsoft.Extensions.DependencyInjection;

namespace Guildhall.Polympics.Tests;

public sealed class ServiceRegistrationTests : PolympicsClientTestBase
{
    [Fact]
    public async Task Registered_clients_reach_the_configured_server()
    {
        var services = new ServiceCollection();
        services.AddPolympicsClient(options => options.BaseAddress = Sandbox.GetApiBase("polympics"));
        services.AddPolympicsAppClient(options =>
        {
            options.BaseAddress = Sandbox.GetApiBase("polympics");
            options.Credentials = new PolympicsCredentials(PolympicsSandboxCredentials.FullAppUsername, PolympicsSandboxCredentials.FullAppToken);
        });
        services.AddHttpClient(PolympicsClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Sandbox.CreateHandler());
        await using var provider = services.BuildServiceProvider();

        var anonymous = provider.GetRequiredService<PolympicsClient>();
        Assert.Same(anonymous, provider.GetRequiredService<PolympicsClient>());
        Assert.True(await anonymous.Accounts.AreSignupsOpenAsync());
        Assert.Equal("A1", (await provider.GetRequiredService<PolympicsAppClient>().GetSelfAsync()).Username);
    }

    [Fact]
    public void An_earlier_registration_wins()
    {
        var mine = new PolympicsClient(NewHttpClient(), Options());
        var services = new ServiceCollection().AddSingleton(mine);
        services.AddPolympicsClient();
        using var provider = services.BuildServiceProvider();
        Assert.Same(mine, provider.GetRequiredService<PolympicsClient>());
        mine.Dispose();
    }
}
