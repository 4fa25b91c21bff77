namespace Guildhall.Osu.Authentication;

/// <summary>
/// Where osu! tokens are kept, by owner and session: the owner (<see cref="OsuTokenOwner"/>: the issuing site, the client
/// id and a hash of the secret) says whose tokens they are, the session which of them (the app client is session 0, a
/// user session is usually the user's id). A token stored for one owner is never returned for another, so it is only sent
/// back to the site that issued it. Implementations must be thread-safe; a shared one (SQLite, Redis) lets several
/// processes use the same sessions.
/// </summary>
public interface IOsuTokenRepository
{
    /// <summary>Whether a token is stored for the owner's session.</summary>
    /// <param name="owner">Whose tokens.</param>
    /// <param name="sessionId">The session.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<bool> ExistsAsync(OsuTokenOwner owner, long sessionId, CancellationToken cancellationToken = default);

    /// <summary>Stores the token of the owner's session, replacing any token it had.</summary>
    /// <param name="owner">Whose token.</param>
    /// <param name="sessionId">The session.</param>
    /// <param name="token">The token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The token stored.</returns>
    ValueTask<OsuToken> AddAsync(OsuTokenOwner owner, long sessionId, OsuToken token, CancellationToken cancellationToken = default);

    /// <summary>The token of the owner's session, or <see langword="null"/> when none is stored.</summary>
    /// <param name="owner">Whose token.</param>
    /// <param name="sessionId">The session.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<OsuToken?> GetAsync(OsuTokenOwner owner, long sessionId, CancellationToken cancellationToken = default);

    /// <summary>Replaces the token of an owner's session that has one.</summary>
    /// <param name="owner">Whose token.</param>
    /// <param name="sessionId">The session.</param>
    /// <param name="token">The new token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The token stored.</returns>
    /// <exception cref="KeyNotFoundException">No token is stored for the session (it was deleted meanwhile).</exception>
    ValueTask<OsuToken> UpdateAsync(OsuTokenOwner owner, long sessionId, OsuToken token, CancellationToken cancellationToken = default);

    /// <summary>Deletes the token of the owner's session; nothing happens when there is none.</summary>
    /// <param name="owner">Whose token.</param>
    /// <param name="sessionId">The session.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask DeleteAsync(OsuTokenOwner owner, long sessionId, CancellationToken cancellationToken = default);
}
