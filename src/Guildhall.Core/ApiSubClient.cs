namespace Guildhall.Core;

/// <summary>
/// The base of every sub-client (<c>topgg.Bots</c>, <c>tatsu.Rankings</c>, <c>osu.Users</c>...): it sends through its
/// client's <see cref="ApiConnection"/>. A sub-client built for mocking, or belonging to a client built for mocking, has
/// no connection: a member the test did not override throws an <see cref="InvalidOperationException"/> saying so.
/// </summary>
public abstract class ApiSubClient
{
    private readonly ApiConnection? _connection;

    /// <summary>Creates a sub-client of a client.</summary>
    /// <param name="connection">The client's connection; <see langword="null"/> for the sub-client of a client built for mocking.</param>
    protected ApiSubClient(ApiConnection? connection) => _connection = connection;

    /// <summary>For mocking: a sub-client with no connection, whose members a test double overrides.</summary>
    protected ApiSubClient()
    {
    }

    /// <summary>The client's connection, as the package's own connection type.</summary>
    /// <typeparam name="TConnection">The package's connection type.</typeparam>
    /// <exception cref="InvalidOperationException">The sub-client was built for mocking.</exception>
    protected TConnection GetConnection<TConnection>()
        where TConnection : ApiConnection =>
        (TConnection)(_connection ?? throw MockedClient.NotOverridden(this));
}
