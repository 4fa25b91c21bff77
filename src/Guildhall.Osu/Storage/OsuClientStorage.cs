using Guildhall.Core;
using Guildhall.Core.Events;
using Guildhall.Osu.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Guildhall.Osu;

/// <summary>
/// The clients of many sessions over one token repository and one HTTP client: the app client (session
/// <see cref="AppSessionId"/>, client credentials, created on first use) and a client per user who authorized the
/// application (session = the user's id). Clients are created on demand, also for sessions whose token is only in the
/// repository (so sessions survive a restart with a persistent repository). Thread-safe.
/// </summary>
public class OsuClientStorage : IAsyncDisposable
{
    /// <summary>The session id of the app client.</summary>
    public const long AppSessionId = 0;

    private readonly StorageParts? _parts;
    private readonly Dictionary<long, OsuClient> _clients = [];
    private readonly Lock _gate = new();
    private readonly ILogger _logger;
    private bool _disposed;

    /// <summary>Creates a storage whose clients share one HTTP connection pool of its own.</summary>
    /// <param name="options">The settings, validated here: the application and the site.</param>
    /// <param name="repository">Where tokens are kept; <see langword="null"/> keeps them in memory.</param>
    public OsuClientStorage(OsuClientOptions options, IOsuTokenRepository? repository = null)
        : this(options, repository, httpClient: null)
    {
    }

    /// <summary>
    /// Creates a storage whose clients send through <paramref name="httpClient"/>, which the caller keeps owning: one
    /// from <c>IHttpClientFactory</c>, or one with handlers of your own in front (<see cref="ApiHttpClient.Create(DelegatingHandler[])"/>).
    /// </summary>
    /// <param name="httpClient">The HTTP client every client sends with.</param>
    /// <param name="options">The settings, validated here: the application and the site.</param>
    /// <param name="repository">Where tokens are kept; <see langword="null"/> keeps them in memory.</param>
    public OsuClientStorage(HttpClient httpClient, OsuClientOptions options, IOsuTokenRepository? repository = null)
        : this(options, repository, httpClient ?? throw new ArgumentNullException(nameof(httpClient)))
    {
    }

    private OsuClientStorage(OsuClientOptions options, IOsuTokenRepository? repository, HttpClient? httpClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var http = httpClient ?? ApiHttpClient.Create();
        _parts = new StorageParts(
            options, http, OwnsHttpClient: httpClient is null, repository ?? new InMemoryOsuTokenRepository(), OsuTokenOwner.For(options), new OsuOAuthClient(http, options));
        _logger = options.LoggerFactory?.CreateLogger("Guildhall.Osu.Storage") ?? NullLogger.Instance;
    }

    /// <summary>For mocking: a storage with no parts, whose members throw an <see cref="InvalidOperationException"/> unless the test overrides them.</summary>
    protected OsuClientStorage()
    {
        _logger = NullLogger.Instance;
    }

    /// <summary>Raised when a client is added (for a new token, or on first use of a stored session).</summary>
    public event EventHandler<OsuClientAddedEventArgs>? ClientAdded;

    /// <summary>Raised when the token of any stored client was renewed and stored.</summary>
    public event EventHandler<OsuTokenUpdatedEventArgs>? TokenUpdated;

    /// <summary>Where the tokens are kept.</summary>
    public virtual IOsuTokenRepository Repository => Parts.Repository;

    /// <summary>
    /// Whose tokens this storage stores and finds in <see cref="Repository"/>: the options' site, client id and secret.
    /// Sessions stored by a storage with another site, application or secret are not this storage's.
    /// </summary>
    public virtual OsuTokenOwner Owner => Parts.Owner;

    /// <summary>The OAuth endpoints, to run the authorization code flow.</summary>
    public virtual OsuOAuthClient OAuth => Parts.OAuth;

    /// <summary>The app client (client credentials, scope <see cref="OsuClientOptions.AppClientScopes"/>), created on first use.</summary>
    /// <exception cref="InvalidOperationException"><see cref="OsuClientOptions.CreateAppClient"/> is off and no app client was added.</exception>
    public virtual OsuClient AppClient
    {
        get
        {
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                if (_clients.TryGetValue(AppSessionId, out var client))
                {
                    return client;
                }

                if (!Parts.Options.CreateAppClient)
                {
                    throw new InvalidOperationException("No app client was added and OsuClientOptions.CreateAppClient is off.");
                }
            }

            return GetOrCreate(AppSessionId);
        }
    }

    /// <summary>Whether this storage holds a client for the session now (sessions only in the repository are not counted; see <see cref="GetClientAsync(long, CancellationToken)"/>).</summary>
    /// <param name="sessionId">The session (a user's id, or <see cref="AppSessionId"/>).</param>
    public virtual bool ClientExists(long sessionId)
    {
        lock (_gate)
        {
            return _clients.ContainsKey(sessionId);
        }
    }

    /// <summary>Stores a token and returns the client of its session (replacing the token of an existing session).</summary>
    /// <param name="token">The token, usually from <see cref="OsuOAuthClient.ExchangeCodeAsync"/>.</param>
    /// <param name="sessionId">The session; <see langword="null"/> uses the token's owner (the user it acts for).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">No session was given and the token has no owner (a client-credentials token).</exception>
    public virtual async Task<OsuClient> AddClientAsync(OsuToken token, long? sessionId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        var session = sessionId ?? token.OwnerId
            ?? throw new ArgumentException("The token acts for no user; pass the session id to store it under.", nameof(token));
        await Repository.AddAsync(Owner, session, token, cancellationToken).ConfigureAwait(false);
        var client = GetOrCreate(session);

        // An existing client may still hold the previous token in its cache.
        client.ResetCachedToken();
        return client;
    }

    /// <summary>Finishes the authorization code flow: checks the callback, exchanges the code and adds the user's client.</summary>
    /// <param name="callback">The address the browser came back to.</param>
    /// <param name="request">The request the flow started with.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="OsuAuthorizationException">The user denied access or the callback is not for this request.</exception>
    public virtual async Task<OsuClient> CompleteAuthorizationAsync(Uri callback, OsuAuthorizationRequest request, CancellationToken cancellationToken = default)
    {
        var code = OAuth.ReadAuthorizationCode(callback, request);
        var token = await OAuth.ExchangeCodeAsync(code, request.RedirectUri, cancellationToken).ConfigureAwait(false);
        return await AddClientAsync(token, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The client of a session, created from the repository's token if this storage has none yet.</summary>
    /// <param name="sessionId">The session.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="KeyNotFoundException">Neither this storage nor the repository knows the session.</exception>
    public virtual async Task<OsuClient> GetClientAsync(long sessionId, CancellationToken cancellationToken = default)
    {
        if (sessionId == AppSessionId)
        {
            return AppClient;
        }

        if (ClientExists(sessionId))
        {
            return GetOrCreate(sessionId);
        }

        return await Repository.ExistsAsync(Owner, sessionId, cancellationToken).ConfigureAwait(false)
            ? GetOrCreate(sessionId)
            : throw new KeyNotFoundException($"No osu! session {sessionId}: add its token first.");
    }

    /// <summary>The client of a token's session, adding the token when the session is new.</summary>
    /// <param name="token">The token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<OsuClient> GetClientAsync(OsuToken token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        var session = token.OwnerId ?? AppSessionId;
        return ClientExists(session) || await Repository.ExistsAsync(Owner, session, cancellationToken).ConfigureAwait(false)
            ? await GetClientAsync(session, cancellationToken).ConfigureAwait(false)
            : await AddClientAsync(token, session, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Revokes a session's token with osu!, deletes it and disposes its client.</summary>
    /// <param name="sessionId">The session.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="KeyNotFoundException">The session is unknown.</exception>
    public virtual async Task RevokeClientAsync(long sessionId, CancellationToken cancellationToken = default)
    {
        var client = await GetClientAsync(sessionId, cancellationToken).ConfigureAwait(false);
        await client.RevokeTokenAsync(cancellationToken).ConfigureAwait(false);
        await client.DisposeAsync().ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await DisposeAsyncCore().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    /// <summary>Disposes every client, the OAuth client and the HTTP client if the storage created it.</summary>
    protected virtual async ValueTask DisposeAsyncCore()
    {
        List<OsuClient> clients;
        lock (_gate)
        {
            if (_disposed || _parts is null)
            {
                return;
            }

            _disposed = true;
            clients = [.. _clients.Values];
            _clients.Clear();
        }

        foreach (var client in clients)
        {
            await client.DisposeAsync().ConfigureAwait(false);
        }

        _parts.OAuth.Dispose();
        if (_parts.OwnsHttpClient)
        {
            _parts.Http.Dispose();
        }
    }

    private OsuClient GetOrCreate(long sessionId)
    {
        OsuClient client;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_clients.TryGetValue(sessionId, out var existing))
            {
                return existing;
            }

            var parts = Parts;
            var credential = new OsuTokenCredential(parts.OAuth, parts.Repository, sessionId, parts.Options, mayUseClientCredentials: sessionId == AppSessionId);
            credential.TokenUpdated += (_, args) => EventSubscribers.Raise(TokenUpdated, this, args, _logger, nameof(TokenUpdated));
            client = new OsuClient(parts.Options, parts.Http, credential, [credential], Forget);
            _clients[sessionId] = client;
        }

        EventSubscribers.Raise(ClientAdded, this, new OsuClientAddedEventArgs(sessionId, client), _logger, nameof(ClientAdded));
        return client;
    }

    private void Forget(OsuClient client)
    {
        lock (_gate)
        {
            if (_clients.TryGetValue(client.SessionId, out var stored) && ReferenceEquals(stored, client))
            {
                _clients.Remove(client.SessionId);
            }
        }
    }

    private StorageParts Parts => _parts ?? throw MockedClient.NotOverridden(this);

    /// <summary>What a storage that is not a mock is built from; the HTTP client is disposed with it only if it created it.</summary>
    private sealed record StorageParts(
        OsuClientOptions Options, HttpClient Http, bool OwnsHttpClient, IOsuTokenRepository Repository, OsuTokenOwner Owner, OsuOAuthClient OAuth);
}
