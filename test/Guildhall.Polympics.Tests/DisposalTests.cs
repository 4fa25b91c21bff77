namespace Guildhall.Polympics.Tests;

public sealed class DisposalTests : PolympicsClientTestBase
{
    [Fact]
    public async Task A_disposed_client_that_owns_its_connections_refuses_calls()
    {
        var client = new PolympicsClient(Options());
        await client.DisposeAsync();
        await Assert.ThrowsAsync<ObjectDisposedException>(() => client.Accounts.AreSignupsOpenAsync());
    }

    [Fact]
    public async Task Disposing_a_client_leaves_a_borrowed_http_client_usable()
    {
        var http = NewHttpClient();
        var client = new PolympicsClient(http, Options());
        await client.DisposeAsync();
        using var again = new PolympicsClient(http, Options());
        Assert.True(await again.Accounts.AreSignupsOpenAsync());
    }

    [Fact]
    public async Task A_mock_made_with_the_protected_constructor_says_so()
    {
        var mock = new MockClient();
        await Assert.ThrowsAsync<InvalidOperationException>(() => mock.AuthenticateWithDiscordAsync("token"));
        await mock.DisposeAsync();
    }

    private sealed class MockClient : PolympicsClient;
}
