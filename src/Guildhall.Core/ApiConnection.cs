using System.Collections.ObjectModel;
using System.Text.Json.Serialization.Metadata;
using Guildhall.Core.Json;
using Guildhall.Core.RateLimiting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Guildhall.Core;

/// <summary>
/// What an API client and its sub-clients share, above the <see cref="ApiTransport"/>: the transport, the requests
/// built the API's way (operation name, rate-limit buckets, whether the answer is a secret) and the client's lifetime.
/// Each client package derives its internal connection from it, adding only what its API needs (a token, a credential
/// provider, an API version header). Once disposed, every call fails with an <see cref="ObjectDisposedException"/> that
/// names the public client, never with an error from deeper down. Thread-safe.
/// </summary>
public abstract class ApiConnection : IDisposable
{
    private readonly ILoggerFactory? _loggerFactory;
    private int _disposed;

    /// <summary>Builds the transport a client sends through.</summary>
    /// <param name="httpClient">The HTTP client to send with, which the caller keeps owning; <see langword="null"/> creates one (<see cref="ApiHttpClient.Create()"/>) that the connection owns.</param>
    /// <param name="options">The transport's settings (see <see cref="ApiClientOptions.ToTransportOptions"/>).</param>
    /// <param name="clientType">The public client this connection serves, named when a call comes after disposal.</param>
    protected ApiConnection(HttpClient? httpClient, ApiTransportOptions options, Type clientType)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clientType);
        options.Validate();
        ClientType = clientType;
        _loggerFactory = options.LoggerFactory;
        Transport = new ApiTransport(httpClient ?? ApiHttpClient.Create(), options, disposeHttpClient: httpClient is null);
    }

    /// <summary>The pipeline the requests go through.</summary>
    public ApiTransport Transport { get; }

    /// <summary>The public client this connection serves.</summary>
    public Type ClientType { get; }

    /// <summary>The clock of timeouts, retries and the limiter.</summary>
    public TimeProvider TimeProvider => Transport.Options.TimeProvider;

    /// <summary>Whether the client was disposed.</summary>
    public bool IsDisposed => Volatile.Read(ref _disposed) != 0;

    /// <summary>The buckets a request counts against unless it names its own. Default: none.</summary>
    protected virtual IReadOnlyList<RateLimitRule> DefaultRateLimits => [];

    /// <summary>A logger of the client's logger factory, or one that logs nothing.</summary>
    /// <param name="category">The category, for example <c>Guildhall.TopGg</c>.</param>
    public ILogger CreateLogger(string category) => _loggerFactory?.CreateLogger(category) ?? NullLogger.Instance;

    /// <summary>Builds a request the way every Guildhall client does.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The path below the API's base address, query included.</param>
    /// <param name="operation">The stable name in telemetry and errors, for example <c>topgg.bots.get</c>.</param>
    /// <param name="content">Creates the body, once per attempt.</param>
    /// <param name="safeToRetry">Whether a repeat after a 5xx or a network error is harmless; <see langword="null"/> decides by the method.</param>
    /// <param name="responseIsSecret">Whether the answer carries a credential (see <see cref="ApiRequest.ResponseIsSecret"/>).</param>
    /// <param name="authenticated">Whether the credentials are sent.</param>
    /// <param name="rateLimits">The buckets; <see langword="null"/> for <see cref="DefaultRateLimits"/>.</param>
    /// <param name="headers">Extra headers, never logged.</param>
    /// <returns>The request, to send with <see cref="SendAsync"/> or <see cref="SendJsonAsync{T}(ApiRequest, JsonTypeInfo{T}, CancellationToken)"/>.</returns>
    public ApiRequest CreateRequest(
        HttpMethod method,
        string path,
        string operation,
        Func<HttpContent>? content = null,
        bool? safeToRetry = null,
        bool responseIsSecret = false,
        bool authenticated = true,
        IReadOnlyList<RateLimitRule>? rateLimits = null,
        IReadOnlyDictionary<string, string>? headers = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(operation);
        return new ApiRequest(method, path)
        {
            OperationName = operation,
            Content = content,
            SafeToRetry = safeToRetry,
            ResponseIsSecret = responseIsSecret,
            Authenticated = authenticated,
            RateLimits = rateLimits ?? DefaultRateLimits,
            Headers = headers ?? ReadOnlyDictionary<string, string>.Empty,
        };
    }

    /// <summary>Sends a request and returns its successful answer.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
    public Task<ApiResponse> SendAsync(ApiRequest request, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        return Transport.SendAsync(request, cancellationToken);
    }

    /// <summary>Sends a request and reads its JSON answer.</summary>
    /// <typeparam name="T">The model.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="typeInfo">The model's serializer metadata.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
    public Task<T> SendJsonAsync<T>(ApiRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        return Transport.SendAsync(request, typeInfo, cancellationToken);
    }

    /// <summary>
    /// Sends a request and reads its JSON answer into a model that keeps its raw JSON (see
    /// <see cref="ApiTransport.SendAsync{T}(ApiRequest, JsonTypeInfo{T}, Func{T, RawJson, T}, CancellationToken)"/>).
    /// </summary>
    /// <typeparam name="T">The model.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="typeInfo">The model's serializer metadata.</param>
    /// <param name="keepRaw">Gives the freshly read model its raw JSON and returns the model to hand back.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
    public Task<T> SendJsonAsync<T>(ApiRequest request, JsonTypeInfo<T> typeInfo, Func<T, RawJson, T> keepRaw, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        return Transport.SendAsync(request, typeInfo, keepRaw, cancellationToken);
    }

    /// <summary>
    /// Sends a request and turns its successful answer into a result with <paramref name="read"/>; the answer's body is
    /// valid only while <paramref name="read"/> runs (see <see cref="ApiTransport.SendAsync{T}(ApiRequest, Func{ApiResponse, T}, CancellationToken)"/>).
    /// </summary>
    /// <typeparam name="T">The result.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="read">Reads the successful answer, copying whatever it keeps.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
    public Task<T> SendAsync<T>(ApiRequest request, Func<ApiResponse, T> read, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        return Transport.SendAsync(request, read, cancellationToken);
    }

    /// <summary>Throws when the client was disposed.</summary>
    /// <exception cref="ObjectDisposedException">The client was disposed; the exception names <see cref="ClientType"/>.</exception>
    public void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(IsDisposed, ClientType);

    /// <summary>Releases the transport (and the HTTP client if the connection created it), once however often it is called.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            Dispose(disposing: true);
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the transport; a subclass that owns more (a credential provider, an OAuth client) releases it here too.</summary>
    /// <param name="disposing">Whether this is a call to <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Transport.Dispose();
        }
    }
}
