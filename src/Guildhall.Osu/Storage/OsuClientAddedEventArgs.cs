namespace Guildhall.Osu;

/// <summary>A client was added to an <see cref="OsuClientStorage"/> (created for a new token, or for a session found in the repository).</summary>
/// <param name="sessionId">The session.</param>
/// <param name="client">The client.</param>
public sealed class OsuClientAddedEventArgs(long sessionId, OsuClient client) : EventArgs
{
    /// <summary>The session.</summary>
    public long SessionId { get; } = sessionId;

    /// <summary>The client.</summary>
    public OsuClient Client { get; } = client;
}
