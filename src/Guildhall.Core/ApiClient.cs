namespace Guildhall.Core;

/// <summary>
/// The lifetime every Guildhall API client shares: it holds the connection its sub-clients send through and releases
/// it once, from <see cref="DisposeAsync"/> or <see cref="Dispose()"/>. A client built for mocking holds none.
/// </summary>
public abstract class ApiClient : IAsyncDisposable, IDisposable
{
    private readonly IDisposable? _connection;

    /// <summary>Creates a client that owns <paramref name="connection"/> (its transport, and the HTTP client if it created it).</summary>
    /// <param name="connection">What disposing the client releases.</param>
    protected ApiClient(IDisposable connection)
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
