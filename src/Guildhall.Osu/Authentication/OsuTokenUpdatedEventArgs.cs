namespace Guildhall.Osu.Authentication;

/// <summary>A session's token was renewed (refreshed, or re-issued with client credentials) and stored.</summary>
/// <param name="sessionId">The session.</param>
/// <param name="token">The new token.</param>
public sealed class OsuTokenUpdatedEventArgs(long sessionId, OsuToken token) : EventArgs
{
    /// <summary>The session.</summary>
    public long SessionId { get; } = sessionId;

    /// <summary>The new token.</summary>
    public OsuToken Token { get; } = token;
}
