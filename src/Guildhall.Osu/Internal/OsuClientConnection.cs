namespace Guildhall.Osu.Internal;

/// <summary>
/// What one <see cref="OsuClient"/> releases when it is disposed: its sender, the parts it created (credential, OAuth
/// client, HTTP client) and, for a client of an <see cref="OsuClientStorage"/>, the storage's note that the session is
/// gone. Released once, however often the client is disposed.
/// </summary>
internal sealed class OsuClientConnection(OsuApiSender api, IDisposable[] owned) : IDisposable
{
    private int _disposed;

    public OsuApiSender Api { get; } = api;

    /// <summary>Runs after everything was released; set by the client that holds the connection.</summary>
    public Action? Released { get; set; }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        Api.Dispose();
        foreach (var part in owned)
        {
            part.Dispose();
        }

        Released?.Invoke();
    }
}
