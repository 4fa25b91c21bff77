using System.Net;
using Guildhall.Testing;

namespace Guildhall.Core.Tests.Clients;

public sealed class ApiClientTests
{
    private static readonly DateTimeOffset Epoch = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Dispose_and_DisposeAsync_release_the_connection_once()
    {
        var client = SampleClient.Over(new StubHandler(), new TimerAwareClock(Epoch));

        client.Dispose();
        await client.DisposeAsync();

        Assert.Equal(1, client.Connection!.Disposals);
        Assert.True(client.Connection.IsDisposed);
    }

    [Fact]
    public void A_subclass_releases_its_own_resources_with_the_connection()
    {
        var client = SampleClient.Over(new StubHandler(), new TimerAwareClock(Epoch));

        client.Dispose();

        Assert.True(client.ReleasedOwnResources);
    }

    [Fact]
    public async Task Calls_after_disposal_fail_naming_the_public_client_and_send_nothing()
    {
        var handler = new StubHandler().Then(HttpStatusCode.OK, "pong");
        var client = SampleClient.Over(handler, new TimerAwareClock(Epoch));
        await client.DisposeAsync();

        var root = await Assert.ThrowsAsync<ObjectDisposedException>(() => client.PingAsync());
        var sub = await Assert.ThrowsAsync<ObjectDisposedException>(() => client.Things.GetAsync(1));

        Assert.Equal(typeof(SampleClient).FullName, root.ObjectName);
        Assert.Equal(typeof(SampleClient).FullName, sub.ObjectName);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task A_live_client_sends_through_its_connection()
    {
        var handler = new StubHandler().Then(HttpStatusCode.OK, "pong").Then(HttpStatusCode.OK, "thing 7");
        await using var client = SampleClient.Over(handler, new TimerAwareClock(Epoch));

        Assert.Equal("pong", await client.PingAsync());
        Assert.Equal("thing 7", await client.Things.GetAsync(7));
        Assert.All(handler.Requests, request => Assert.Equal("sample-key", request.Authorization));
    }

    [Fact]
    public async Task A_client_built_for_mocking_says_so_instead_of_failing_on_null()
    {
        var mock = new MockSample();

        var root = await Assert.ThrowsAsync<InvalidOperationException>(() => mock.PingAsync());
        var sub = await Assert.ThrowsAsync<InvalidOperationException>(() => mock.Things.GetAsync(1));
        await mock.DisposeAsync();

        Assert.Contains("created for mocking", root.Message, StringComparison.Ordinal);
        Assert.Contains("created for mocking", sub.Message, StringComparison.Ordinal);
        Assert.True(mock.ReleasedOwnResources);
    }

    [Fact]
    public async Task A_sub_client_built_for_mocking_says_so()
    {
        var mock = new MockThings();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => mock.GetAsync(3));

        Assert.Contains(nameof(MockThings), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_connection_without_an_http_client_creates_one_and_disposing_releases_it()
    {
        var client = new SampleClient(null, new SampleClientOptions { Key = "k" });

        client.Dispose();

        Assert.True(client.Connection!.IsDisposed);
    }

    [Fact]
    public void A_null_connection_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => new NullConnectionClient());
    }

    [Fact]
    public void The_owned_http_client_recycles_connections_and_leaves_the_budget_to_the_transport()
    {
        using var handler = ApiHttpClient.CreateHandler();
        using var client = ApiHttpClient.Create();

        Assert.Equal(TimeSpan.FromMinutes(5), handler.PooledConnectionLifetime);
        Assert.Equal(Timeout.InfiniteTimeSpan, client.Timeout);
    }

    private sealed class MockSample : SampleClient;

    private sealed class MockThings : SampleThingsClient;

    private sealed class NullConnectionClient() : ApiClient(null!);
}
