namespace Guildhall.Core.Tests.Clients;

public sealed class ApiClientTests
{
    [Fact]
    public void Dispose_releases_the_connection()
    {
        var connection = new CountingConnection();
        var client = new SampleClient(connection);

        client.Dispose();

        Assert.Equal(1, connection.Disposals);
    }

    [Fact]
    public async Task DisposeAsync_releases_the_connection()
    {
        var connection = new CountingConnection();
        var client = new SampleClient(connection);

        await client.DisposeAsync();

        Assert.Equal(1, connection.Disposals);
    }

    [Fact]
    public void A_subclass_releases_its_own_resources_with_the_connection()
    {
        var connection = new CountingConnection();
        var client = new SampleClient(connection);

        client.Dispose();

        Assert.True(client.ReleasedOwnResources);
    }

    [Fact]
    public async Task A_client_built_for_mocking_disposes_without_a_connection()
    {
        var client = new SampleClient();

        await client.DisposeAsync();

        Assert.True(client.ReleasedOwnResources);
    }

    [Fact]
    public void A_null_connection_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => new SampleClient(null!));
    }

    [Fact]
    public void The_owned_http_client_recycles_connections_and_leaves_the_budget_to_the_transport()
    {
        using var handler = ApiHttpClient.CreateHandler();
        using var client = ApiHttpClient.Create();

        Assert.Equal(TimeSpan.FromMinutes(5), handler.PooledConnectionLifetime);
        Assert.Equal(Timeout.InfiniteTimeSpan, client.Timeout);
    }

    private sealed class CountingConnection : IDisposable
    {
        public int Disposals { get; private set; }

        public void Dispose() => Disposals++;
    }

    private sealed class SampleClient : ApiClient
    {
        public SampleClient(IDisposable connection)
            : base(connection)
        {
        }

        public SampleClient()
        {
        }

        public bool ReleasedOwnResources { get; private set; }

        protected override void Dispose(bool disposing)
        {
            ReleasedOwnResources = disposing;
            base.Dispose(disposing);
        }
    }
}
