using Guildhall.Core.Credentials;
using Guildhall.Core.Events;
using Guildhall.Osu.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Guildhall.Osu.Authentication;

/// <summary>
/// The credentials of one osu! session, kept in an <see cref="IOsuTokenRepository"/> under the owner of the options (the
/// site, the client id and the secret, see <see cref="OsuTokenOwner"/>), so a token stored for another site or
/// application is never picked up and sent here. The token is renewed before it
/// expires (<see cref="OsuClientOptions.TokenRefreshSkew"/>) and after a 401, exactly once however many calls need it at
/// the same moment: the first starts the renewal and the others wait for it. A renewal uses the refresh token, or
/// client credentials for the app session. A renewal that fails throws the token endpoint's error (a
/// <see cref="Core.Errors.GuildhallApiException"/> whose <c>Operation</c> names the grant) and leaves the stored token
/// as it was, so the next call tries again.
/// </summary>
public sealed class OsuTokenCredential : ICredentialProvider, IDisposable
{
    private readonly OsuOAuthClient _oauth;
    private readonly IOsuTokenRepository _repository;
    private readonly OsuClientOptions _options;
    private readonly bool _mayUseClientCredentials;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _lifetime = new();
    private readonly Lock _gate = new();
    private OsuToken? _current;
    private Task<OsuToken>? _renewal;
    private BearerHeader? _header;

    /// <summary>Creates the credentials of a session.</summary>
    /// <param name="oauth">Renews tokens.</param>
    /// <param name="repository">Where the session's token is kept.</param>
    /// <param name="sessionId">The session (0 is the app client).</param>
    /// <param name="options">The skew, the clock and the app client's scopes.</param>
    /// <param name="mayUseClientCredentials">
    /// Whether a missing token, or an expired one without a refresh token, is replaced by a client-credentials token (the
    /// app client). User sessions fail instead: their user must authorize again.
    /// </param>
    public OsuTokenCredential(OsuOAuthClient oauth, IOsuTokenRepository repository, long sessionId, OsuClientOptions options, bool mayUseClientCredentials)
    {
        ArgumentNullException.ThrowIfNull(oauth);
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(options);
        _oauth = oauth;
        _repository = repository;
        _options = options;
        _mayUseClientCredentials = mayUseClientCredentials;
        Owner = OsuTokenOwner.For(options);
        SessionId = sessionId;
        _logger = options.LoggerFactory?.CreateLogger("Guildhall.Osu.Tokens") ?? NullLogger.Instance;
    }

    /// <summary>
    /// Raised after a renewed token was stored. Handlers run on the renewing call; one that throws is logged and the
    /// others still run (the renewal stands).
    /// </summary>
    public event EventHandler<OsuTokenUpdatedEventArgs>? TokenUpdated;

    /// <summary>Whose tokens the session's are: the site, client id and secret of the options.</summary>
    public OsuTokenOwner Owner { get; }

    /// <summary>The session.</summary>
    public long SessionId { get; }

    /// <summary>The options' clock, read at each use, the system clock when none is set.</summary>
    private TimeProvider Clock => _options.TimeProvider ?? TimeProvider.System;

    /// <summary>The session's token, renewed first if it expires within the skew.</summary>
    /// <param name="cancellationToken">Cancels the wait (a renewal already started carries on for the other callers).</param>
    /// <exception cref="InvalidOperationException">A user session has no token, or an expired one without a refresh token.</exception>
    /// <exception cref="Core.Errors.GuildhallApiException">The renewal was refused by osu!.</exception>
    public async Task<OsuToken> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        var token = Volatile.Read(ref _current) ?? await _repository.GetAsync(Owner, SessionId, cancellationToken).ConfigureAwait(false);
        if (token is not null && !token.ExpiresWithin(Clock.GetUtcNow(), _options.TokenRefreshSkew))
        {
            lock (_gate)
            {
                _current ??= token;
            }

            return token;
        }

        return await RenewAsync(token, token is null ? "no token stored" : "expiring", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Renews the token now, whatever its expiry (joining a renewal already under way).</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public async Task<OsuToken> RenewAsync(CancellationToken cancellationToken = default)
    {
        var token = Volatile.Read(ref _current) ?? await _repository.GetAsync(Owner, SessionId, cancellationToken).ConfigureAwait(false);
        return await RenewAsync(token, "requested", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Forgets the cached token, so the next call reads the repository again (after another process changed it).</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _current = null;
        }
    }

    /// <summary>Deletes the session's token from the repository and forgets it (after it was revoked).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task ForgetAsync(CancellationToken cancellationToken = default)
    {
        await _repository.DeleteAsync(Owner, SessionId, cancellationToken).ConfigureAwait(false);
        Reset();
    }

    /// <inheritdoc />
    public async ValueTask ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // The steady state, a cached token far from expiry, is answered synchronously with the header value built when the
        // token was first used: a typed header would format "Bearer ..." again for every request it is written into.
        if (Volatile.Read(ref _header) is { } cached && ReferenceEquals(cached.Token, Volatile.Read(ref _current))
            && !cached.Token.ExpiresWithin(Clock.GetUtcNow(), _options.TokenRefreshSkew))
        {
            SetAuthorization(request, cached.Value);
            return;
        }

        var token = await GetTokenAsync(cancellationToken).ConfigureAwait(false);
        var header = new BearerHeader(token, "Bearer " + token.AccessToken);
        Volatile.Write(ref _header, header);
        SetAuthorization(request, header.Value);
    }

    /// <inheritdoc />
    public async ValueTask<bool> TryRenewAfterUnauthorizedAsync(HttpRequestMessage rejectedRequest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rejectedRequest);
        if (rejectedRequest.Headers.Authorization?.Parameter is not { } rejected)
        {
            return false;
        }

        var current = Volatile.Read(ref _current);
        if (current is not null && current.AccessToken != rejected)
        {
            // Another call renewed the token while this request was in flight: send it again with the new one.
            return true;
        }

        await RenewAsync(current, "rejected with 401", cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _lifetime.Cancel();
        _lifetime.Dispose();
    }

    /// <summary>Joins the renewal under way, or starts one, unless the token was already replaced since <paramref name="stale"/> was read.</summary>
    private Task<OsuToken> RenewAsync(OsuToken? stale, string reason, CancellationToken cancellationToken)
    {
        TaskCompletionSource<OsuToken>? owner = null;
        Task<OsuToken> pending;
        lock (_gate)
        {
            if (_current is { } current && current.AccessToken != stale?.AccessToken && !current.ExpiresWithin(Clock.GetUtcNow(), _options.TokenRefreshSkew))
            {
                return Task.FromResult(current);
            }

            if (_renewal is null)
            {
                owner = new TaskCompletionSource<OsuToken>(TaskCreationOptions.RunContinuationsAsynchronously);
                _renewal = owner.Task;
            }

            pending = _renewal;
        }

        if (owner is not null)
        {
            _ = CompleteRenewalAsync(stale, reason, owner);
        }

        return pending.WaitAsync(cancellationToken);
    }

    private async Task CompleteRenewalAsync(OsuToken? stale, string reason, TaskCompletionSource<OsuToken> owner)
    {
        try
        {
            var fresh = await ObtainTokenAsync(stale, reason, _lifetime.Token).ConfigureAwait(false);
            lock (_gate)
            {
                _current = fresh;
                _renewal = null;
            }

            owner.SetResult(fresh);
        }
#pragma warning disable CA1031 // Every failure goes to the waiting callers through the task.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            OsuLog.RenewalFailed(_logger, SessionId, exception);
            lock (_gate)
            {
                _renewal = null;
            }

            owner.SetException(exception);
        }
    }

    private async Task<OsuToken> ObtainTokenAsync(OsuToken? stale, string reason, CancellationToken cancellationToken)
    {
        // Another process sharing the repository may have renewed the token already; its refresh token is the live one.
        var stored = await _repository.GetAsync(Owner, SessionId, cancellationToken).ConfigureAwait(false);
        if (stored is not null && stored.AccessToken != stale?.AccessToken && !stored.ExpiresWithin(Clock.GetUtcNow(), _options.TokenRefreshSkew))
        {
            OsuLog.AdoptedStoredToken(_logger, SessionId);
            return stored;
        }

        OsuLog.RenewingToken(_logger, SessionId, reason);
        var basis = stored ?? stale;
        OsuToken fresh;
        if (basis?.RefreshToken is not null)
        {
            fresh = await _oauth.RefreshAsync(basis, cancellationToken).ConfigureAwait(false);
        }
        else if (_mayUseClientCredentials)
        {
            fresh = await _oauth.RequestClientCredentialsAsync(null, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            throw new InvalidOperationException(basis is null
                ? $"No osu! token is stored for session {SessionId}: add one (after the authorization code flow) before using the session."
                : $"The osu! token of session {SessionId} expired and has no refresh token: the user must authorize again.");
        }

        if (stored is null)
        {
            await _repository.AddAsync(Owner, SessionId, fresh, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await _repository.UpdateAsync(Owner, SessionId, fresh, cancellationToken).ConfigureAwait(false);
        }

        OsuLog.RenewedToken(_logger, SessionId, fresh.ExpiresAt);
        EventSubscribers.Raise(TokenUpdated, this, new OsuTokenUpdatedEventArgs(SessionId, fresh), _logger, nameof(TokenUpdated));
        return fresh;
    }

    /// <summary>Replaces the request's <c>Authorization</c> (it stays readable as the typed header, which a 401 compares).</summary>
    private static void SetAuthorization(HttpRequestMessage request, string value)
    {
        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("Authorization", value);
    }

    /// <summary>A token and the <c>Authorization</c> value that carries it.</summary>
    private sealed record BearerHeader(OsuToken Token, string Value);
}
