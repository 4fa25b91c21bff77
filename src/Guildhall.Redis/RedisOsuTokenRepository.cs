using System.Globalization;
using Guildhall.Osu.Authentication;
using StackExchange.Redis;

namespace Guildhall.Redis;

/// <summary>
/// An <see cref="IOsuTokenRepository"/> in Redis, so every process and machine of a bot uses the same osu! sessions. Each
/// session is one hash, written as a whole by one script (a reader never sees half of a token). Keys name the owner by
/// <see cref="OsuTokenOwner.SecretHash"/> and the session by its id, never by a secret; the values are the tokens
/// themselves, so the Redis server must be as private as any other token store (ACLs, TLS, no public port). Tokens do not
/// expire in Redis: a refresh token outlives its access token by months. Pair it with
/// <see cref="RedisOsuRefreshHandler"/> so that one process at a time renews a session.
/// </summary>
public sealed class RedisOsuTokenRepository : IOsuTokenRepository
{
    private const string AccessField = "access";
    private const string RefreshField = "refresh";
    private const string TypeField = "type";
    private const string ExpiresField = "expires_utc_ticks";
    private const string ScopesField = "scopes";
    private const string UserField = "user";

    private readonly IDatabase _database;
    private readonly string _prefix;

    /// <summary>Creates a repository.</summary>
    /// <param name="connection">A connection to Redis, shared with the rest of the application.</param>
    /// <param name="options">The settings; <see langword="null"/> for the defaults (prefix <c>guildhall:osu:</c>).</param>
    /// <exception cref="ArgumentException">The prefix is empty.</exception>
    public RedisOsuTokenRepository(IConnectionMultiplexer connection, RedisOsuTokenRepositoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        options ??= new RedisOsuTokenRepositoryOptions();
        options.Validate();
        _database = connection.GetDatabase();
        _prefix = options.KeyPrefix;
    }

    /// <inheritdoc />
    public async ValueTask<bool> ExistsAsync(OsuTokenOwner owner, long sessionId, CancellationToken cancellationToken = default)
    {
        var key = Key(owner, sessionId, cancellationToken);
        return await _database.KeyExistsAsync(key).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<OsuToken> AddAsync(OsuTokenOwner owner, long sessionId, OsuToken token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        await ReplaceAsync(Key(owner, sessionId, cancellationToken), token, mustExist: false).ConfigureAwait(false);
        return token;
    }

    /// <inheritdoc />
    public async ValueTask<OsuToken?> GetAsync(OsuTokenOwner owner, long sessionId, CancellationToken cancellationToken = default)
    {
        var fields = await _database.HashGetAllAsync(Key(owner, sessionId, cancellationToken)).ConfigureAwait(false);
        return fields.Length == 0 ? null : Read(fields.ToDictionary(field => (string)field.Name!, field => field.Value, StringComparer.Ordinal));
    }

    /// <inheritdoc />
    public async ValueTask<OsuToken> UpdateAsync(OsuTokenOwner owner, long sessionId, OsuToken token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (!await ReplaceAsync(Key(owner, sessionId, cancellationToken), token, mustExist: true).ConfigureAwait(false))
        {
            throw new KeyNotFoundException($"No osu! token is stored for session {sessionId} of {owner}.");
        }

        return token;
    }

    /// <inheritdoc />
    public async ValueTask DeleteAsync(OsuTokenOwner owner, long sessionId, CancellationToken cancellationToken = default) =>
        await _database.KeyDeleteAsync(Key(owner, sessionId, cancellationToken)).ConfigureAwait(false);

    private RedisKey Key(OsuTokenOwner owner, long sessionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        cancellationToken.ThrowIfCancellationRequested();
        return string.Create(CultureInfo.InvariantCulture, $"{_prefix}token:{owner.SecretHash}:{sessionId}");
    }

    private async Task<bool> ReplaceAsync(RedisKey key, OsuToken token, bool mustExist)
    {
        List<RedisValue> args =
        [
            mustExist ? "1" : "0",
            AccessField, token.AccessToken,
            TypeField, token.TokenType,
            ExpiresField, token.ExpiresAt.UtcTicks,
            ScopesField, string.Join(' ', token.Scopes),
        ];
        if (token.RefreshToken is not null)
        {
            args.AddRange([RefreshField, token.RefreshToken]);
        }

        if (token.OwnerId is { } user)
        {
            args.AddRange([UserField, user]);
        }

        var written = await _database.ScriptEvaluateAsync(RedisScripts.TokenReplace, [key], [.. args]).ConfigureAwait(false);
        return (long)written == 1;
    }

    private static OsuToken Read(Dictionary<string, RedisValue> fields) => new()
    {
        AccessToken = fields[AccessField]!,
        RefreshToken = fields.TryGetValue(RefreshField, out var refresh) ? (string?)refresh : null,
        TokenType = fields[TypeField]!,
        ExpiresAt = new DateTimeOffset((long)fields[ExpiresField], TimeSpan.Zero),
        Scopes = ((string)fields[ScopesField]!).Split(' ', StringSplitOptions.RemoveEmptyEntries),
        OwnerId = fields.TryGetValue(UserField, out var user) ? (long)user : null,
    };
}
