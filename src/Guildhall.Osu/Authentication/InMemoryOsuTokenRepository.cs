using System.Collections.Concurrent;

namespace Guildhall.Osu.Authentication;

/// <summary>A process-local <see cref="IOsuTokenRepository"/>: tokens live as long as the instance.</summary>
public sealed class InMemoryOsuTokenRepository : IOsuTokenRepository
{
    private readonly ConcurrentDictionary<(OsuTokenOwner Owner, long SessionId), OsuToken> _tokens = new();

    /// <summary>Creates an empty repository.</summary>
    public InMemoryOsuTokenRepository()
    {
    }

    /// <summary>Creates a repository holding <paramref name="tokens"/> of one owner, keyed by session id.</summary>
    /// <param name="owner">Whose tokens they are.</param>
    /// <param name="tokens">The initial tokens.</param>
    public InMemoryOsuTokenRepository(OsuTokenOwner owner, IEnumerable<KeyValuePair<long, OsuToken>> tokens)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(tokens);
        foreach (var (sessionId, token) in tokens)
        {
            _tokens[(owner, sessionId)] = token;
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> ExistsAsync(OsuTokenOwner owner, long sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_tokens.ContainsKey((owner, sessionId)));
    }

    /// <inheritdoc />
    public ValueTask<OsuToken> AddAsync(OsuTokenOwner owner, long sessionId, OsuToken token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(token);
        cancellationToken.ThrowIfCancellationRequested();
        _tokens[(owner, sessionId)] = token;
        return ValueTask.FromResult(token);
    }

    /// <inheritdoc />
    public ValueTask<OsuToken?> GetAsync(OsuTokenOwner owner, long sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_tokens.TryGetValue((owner, sessionId), out var token) ? token : null);
    }

    /// <inheritdoc />
    public ValueTask<OsuToken> UpdateAsync(OsuTokenOwner owner, long sessionId, OsuToken token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(token);
        cancellationToken.ThrowIfCancellationRequested();
        while (_tokens.TryGetValue((owner, sessionId), out var current))
        {
            if (_tokens.TryUpdate((owner, sessionId), token, current))
            {
                return ValueTask.FromResult(token);
            }
        }

        throw new KeyNotFoundException($"No osu! token is stored for session {sessionId} of {owner}.");
    }

    /// <inheritdoc />
    public ValueTask DeleteAsync(OsuTokenOwner owner, long sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        cancellationToken.ThrowIfCancellationRequested();
        _tokens.TryRemove((owner, sessionId), out _);
        return ValueTask.CompletedTask;
    }
}
