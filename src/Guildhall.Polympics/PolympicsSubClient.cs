using Guildhall.Polympics.Http;

namespace Guildhall.Polympics;

/// <summary>The base of the sub-clients (<c>client.Accounts</c>, <c>client.Teams</c>...): they share their client's connection.</summary>
public abstract class PolympicsSubClient
{
    private readonly PolympicsConnection? _connection;

    private protected PolympicsSubClient(PolympicsConnection connection) => _connection = connection;

    /// <summary>For mocking.</summary>
    protected PolympicsSubClient()
    {
    }

    private protected PolympicsConnection Connection => _connection ?? throw new InvalidOperationException("This sub-client was created for mocking.");
}
