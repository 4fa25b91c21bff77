using System.Globalization;
using Guildhall.Osu.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace Guildhall.Redis;

/// <summary>
/// An <see cref="IOsuTokenRepository"/> in Redis, so every process and machine of a bot uses the same osu! sessions. Each
/// session is one hash, written as a whole by one script (a reader never sees half of a token). Keys name the owner by
/// <see cref="OsuTokenOwner.SecretHash"/> and the session by its id, never by a secret; the values are the tokens
/// themselves, so the Redis server must be as private as any other token store (ACLs, TLS, no public port). Tokens do not
/// expire in Redis: a refresh token outlives its access token by months. Pair it with
/// <see cref="RedisOsuRefreshHandler"/> so that one process at a time renews a session. While Redis cannot be reached,
/// <see cref="RedisOsuTokenRepositoryOptions.Outage"/> decides: fail the call after a wait, or serve the sessions this
/// process last read or wrote from its memory and keep writes there (each such write is logged as a warning: the
/// process's copy of the session may diverge from the others').
/// </summary>
public sealed class RedisOsuTokenRepository : IOsuTokenRepository
{
    private const string AccessField = "access";
    private const string RefreshField = "refresh";
    private const string TypeField = "type";
    private const string ExpiresField = "expires_utc_ticks";
    private const string ScopesField = "scopes";
    private const string UserField = "user";

    private const string Part = "osu_tokens";

    private readonly IDatabase _database;
    private readonly string _prefix;
    private readonly RedisOutageGuard _guard;
    // Under the local fallback only: the sessions this process last read or wrote, served and written during an outage.
    private readonly InMemoryOsuTokenRepository? _local;
    private readonly ILogger _logger;

    /// <summary>Creates a repository.</summary>
    /// <param name="connection">A connection to Redis, shared with the rest of the application.</param>
    /// <param name="options">The settings; <see langword="null"/> for the defaults (prefix <c>guildhall:osu:</c>, fail closed after 2 s).</param>
    /// <exception cref="ArgumentException">The prefix is empty or an outage setting out of range.</exception>
    public RedisOsuTokenRepository(IConnectionMultiplexer connection, RedisOsuTokenRepositoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        options ??= new RedisOsuTokenRepositoryOptions();
        options.Validate();
        _database = connection.GetDatabase();
        _prefix = options.KeyPrefix;
        _guard = new RedisOutageGuard(Part, options.Outage);
        _local = options.Outage.Policy == RedisOutagePolicy.LocalFallback ? new InMemoryOsuTokenRepository() : null;
        _logger = options.Outage.LoggerFactory?.CreateLogger(RedisLog.OutageCategory) ?? NullLogger.Instance;
    }

    /// <inheritdoc />
    /// <exception cref="SharedStateUnavailableException">Redis stayed unreachable for the whole wait, and the policy is to fail closed.</exception>
    public async ValueTask<bool> ExistsAsync(OsuTokenOwner owner, long sessionId, CancellationToken cancellationToken = default)
    {
        var key = Key(owner, sessionId, cancellationToken);
        return await _guard.RunAsync(
            async () => await _database.KeyExistsAsync(key).ConfigureAwait(false),
            () => _local!.ExistsAsync(owner, sessionId, cancellationToken),
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <exception cref="SharedStateUnavailableException">Redis stayed unreachable for the whole wait, and the policy is to fail closed.</exception>
    public async ValueTask<OsuToken> AddAsync(OsuTokenOwner owner, long sessionId, OsuToken token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        var key = Key(owner, sessionId, cancellationToken);
        return await _guard.RunAsync(
            async () =>
            {
                await ReplaceAsync(key, token, mustExist: false).ConfigureAwait(false);
                return await RememberAsync(owner, sessionId, token, cancellationToken).ConfigureAwait(false);
            },
            () => KeepLocallyAsync(owner, sessionId, token, mustExist: false, cancellationToken),
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <exception cref="SharedStateUnavailableException">Redis stayed unreachable for the whole wait, and the policy is to fail closed.</exception>
    public async ValueTask<OsuToken?> GetAsync(OsuTokenOwner owner, long sessionId, CancellationToken cancellationToken = default)
    {
        var key = Key(owner, sessionId, cancellationToken);
        return await _guard.RunAsync(
            async () =>
            {
                var fields = await _database.HashGetAllAsync(key).ConfigureAwait(false);
                if (fields.Length == 0)
                {
                    await ForgetAsync(owner, sessionId, cancellationToken).ConfigureAwait(false);
                    return null;
                }

                return await RememberAsync(owner, sessionId, Read(fields.ToDictionary(field => (string)field.Name!, field => field.Value, StringComparer.Ordinal)), cancellationToken).ConfigureAwait(false);
            },
            () => _local!.GetAsync(owner, sessionId, cancellationToken),
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <exception cref="SharedStateUnavailableException">Redis stayed unreachable for the whole wait, and the policy is to fail closed.</exception>
    public async ValueTask<OsuToken> UpdateAsync(OsuTokenOwner owner, long sessionId, OsuToken token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        var key = Key(owner, sessionId, cancellationToken);
        return await _guard.RunAsync(
            async () =>
            {
                if (!await ReplaceAsync(key, token, mustExist: true).ConfigureAwait(false))
                {
                    throw new KeyNotFoundException($"No osu! token is stored for session {sessionId} of {owner}.");
                }

                return await RememberAsync(owner, sessionId, token, cancellationToken).ConfigureAwait(false);
            },
            () => KeepLocallyAsync(owner, sessionId, token, mustExist: true, cancellationToken),
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <exception cref="SharedStateUnavailableException">Redis stayed unreachable for the whole wait, and the policy is to fail closed.</exception>
    public async ValueTask DeleteAsync(OsuTokenOwner owner, long sessionId, CancellationToken cancellationToken = default)
    {
        var key = Key(owner, sessionId, cancellationToken);
        await _guard.RunAsync(
            async () => await _database.KeyDeleteAsync(key).ConfigureAwait(false),
            () =>
            {
                RedisLog.SessionKeptLocally(_logger, sessionId);
                return ValueTask.FromResult(true);
            },
            cancellationToken).ConfigureAwait(false);
        await ForgetAsync(owner, sessionId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Under the local fallback, keeps the copy an outage would serve; returns the token.</summary>
    private async ValueTask<OsuToken> RememberAsync(OsuTokenOwner owner, long sessionId, OsuToken token, CancellationToken cancellationToken) =>
        _local is null ? token : await _local.AddAsync(owner, sessionId, token, cancellationToken).ConfigureAwait(false);

    private async ValueTask ForgetAsync(OsuTokenOwner owner, long sessionId, CancellationToken cancellationToken)
    {
        if (_local is not null)
        {
            await _local.DeleteAsync(owner, sessionId, cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask<OsuToken> KeepLocallyAsync(OsuTokenOwner owner, long sessionId, OsuToken token, bool mustExist, CancellationToken cancellationToken)
    {
        var kept = mustExist
            ? await _local!.UpdateAsync(owner, sessionId, token, cancellationToken).ConfigureAwait(false)
            : await _local!.AddAsync(owner, sessionId, token, cancellationToken).ConfigureAwait(false);
        RedisLog.SessionKeptLocally(_logger, sessionId);
        return kept;
    }

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
