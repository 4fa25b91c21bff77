using System.Collections.Concurrent;

namespace Guildhall.Osu.Authentication;

/// <summary>A process-local <see cref="IOsuTokenRepository"/>: tokens live as long as the instance.</summary>
public sealed class InMemoryOsuTokenRepository : IOsuTokenRepository
{
    private readonly ConcurrentDictionary<long, OsuToken> _tokens;

    /// <summary>Creates an empty repository.</summary>
    public InMemoryOsuTokenRepository()
        : this([])
    {
    }

    /// <summary>Creates a repository holding <paramref name="tokens"/>, keyed by session id.</summary>
    /// <param name="tokens">The initial tokens.</param>
    public InMemoryOsuTokenRepository(IEnumerable<KeyValuePair<long, OsuToken>> tokens)
    {
        _tokens = new ConcurrentDictionary<long, OsuToken>(tokens);
    }

    /// <inheritdoc />
    public ValueTask<bool> ExistsAsync(long sessionId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_tokens.ContainsKey(sessionId));
    }

    /// <inheritdoc />
    public ValueTask<OsuToken> AddAsync(long sessionId, OsuToken token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        cancellationToken.ThrowIfCancellationRequested();
        _tokens[sessionId] = token;
        return ValueTask.FromResult(token);
    }

    /// <inheritdoc />
    public ValueTask<OsuToken?> GetAsync(long sessionId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_tokens.TryGetValue(sessionId, out var token) ? token : null);
    }

    /// <inheritdoc />
    public ValueTask<OsuToken> UpdateAsync(long sessionId, OsuToken token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        cancellationToken.ThrowIfCancellationRequested();
        while (_tokens.TryGetValue(sessionId, out var current))
        {
            if (_tokens.TryUpdate(sessionId, token, current))
            {
                return ValueTask.FromResult(token);
            }
        }

        throw new KeyNotFoundException($"No osu! token is stored for session {sessionId}.");
    }

    /// <inheritdoc />
    public ValueTask DeleteAsync(long sessionId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _tokens.TryRemove(sessionId, out _);
        return ValueTask.CompletedTask;
    }
}
