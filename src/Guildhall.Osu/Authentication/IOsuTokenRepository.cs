namespace Guildhall.Osu.Authentication;

/// <summary>
/// Where osu! tokens are kept, by session id (the app client is session 0, a user session is usually the user's id).
/// Implementations must be thread-safe; a shared one (SQLite, Redis) lets several processes use the same sessions.
/// </summary>
public interface IOsuTokenRepository
{
    /// <summary>Whether a token is stored for the session.</summary>
    /// <param name="sessionId">The session.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<bool> ExistsAsync(long sessionId, CancellationToken cancellationToken = default);

    /// <summary>Stores the token of a session, replacing any token it had.</summary>
    /// <param name="sessionId">The session.</param>
    /// <param name="token">The token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The token stored.</returns>
    ValueTask<OsuToken> AddAsync(long sessionId, OsuToken token, CancellationToken cancellationToken = default);

    /// <summary>The session's token, or <see langword="null"/> when none is stored.</summary>
    /// <param name="sessionId">The session.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<OsuToken?> GetAsync(long sessionId, CancellationToken cancellationToken = default);

    /// <summary>Replaces the token of a session that has one.</summary>
    /// <param name="sessionId">The session.</param>
    /// <param name="token">The new token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The token stored.</returns>
    /// <exception cref="KeyNotFoundException">No token is stored for the session (it was deleted meanwhile).</exception>
    ValueTask<OsuToken> UpdateAsync(long sessionId, OsuToken token, CancellationToken cancellationToken = default);

    /// <summary>Deletes the session's token; nothing happens when there is none.</summary>
    /// <param name="sessionId">The session.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask DeleteAsync(long sessionId, CancellationToken cancellationToken = default);
}
