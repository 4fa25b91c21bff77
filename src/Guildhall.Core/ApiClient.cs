namespace Guildhall.Core;

/// <summary>
/// The lifetime every Guildhall API client shares: it holds the <see cref="ApiConnection"/> its sub-clients send through
/// and releases it once, from <see cref="DisposeAsync"/> or <see cref="Dispose()"/>; calls after that throw an
/// <see cref="ObjectDisposedException"/> naming the client. A client built for mocking holds none, and a member the test
/// did not override throws an <see cref="InvalidOperationException"/> saying so.
/// </summary>
public abstract class ApiClient : IAsyncDisposable, IDisposable
{
    private readonly ApiConnection? _connection;

    /// <summary>Creates a client that owns <paramref name="connection"/> (its transport, and the HTTP client if it created it).</summary>
    /// <param name="connection">What the client sends through and disposing it releases.</param>
    protected ApiClient(ApiConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _connection = connection;
    }

    /// <summary>For mocking: a client with no connection, whose members a test double overrides.</summary>
    protected ApiClient()
    {
    }

    /// <summary>Releases the connection pool if the client created it.</summary>
    /// <returns>A completed task: releasing the connection does no I/O.</returns>
    public ValueTask DisposeAsync()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>Releases the connection pool if the client created it.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Whether the client was built for mocking, without a connection.</summary>
    protected bool IsMock => _connection is null;

    /// <summary>The client's connection, as the package's own connection type.</summary>
    /// <typeparam name="TConnection">The package's connection type.</typeparam>
    /// <exception cref="InvalidOperationException">The client was built for mocking.</exception>
    protected TConnection GetConnection<TConnection>()
        where TConnection : ApiConnection =>
        (TConnection)(_connection ?? throw MockedClient.NotOverridden(this));

    /// <summary>Releases the connection; a subclass that holds more releases it here too.</summary>
    /// <param name="disposing">Whether this is a call to <see cref="Dispose()"/> or <see cref="DisposeAsync"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _connection?.Dispose();
        }
    }
}
