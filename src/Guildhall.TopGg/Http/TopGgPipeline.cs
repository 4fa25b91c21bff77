using System.Text.Json.Serialization.Metadata;
using Guildhall.Core;
using Guildhall.TopGg.Json;

namespace Guildhall.TopGg.Http;

/// <summary>
/// What the root client and its sub-clients share: the transport, the token, the rate-limit rules and the disposal
/// state. Every request is built here, so each one carries its operation name and buckets.
/// </summary>
internal sealed class TopGgPipeline : IDisposable
{
    private readonly ApiTransport _transport;
    private readonly TopGgRateLimits _rateLimits;
    private int _disposed;

    /// <summary>Validates the options and builds the transport.</summary>
    /// <param name="httpClient">The client to send with; null creates and owns one.</param>
    /// <param name="options">The settings; copied, so later changes do not affect the pipeline.</param>
    public TopGgPipeline(HttpClient? httpClient, TopGgClientOptions options)
    {
        // Checked before the token is parsed here, so a bad setting fails with its own name.
        options.Validate();
        Token = TopGgToken.Parse(options.Token!);
        Compatibility = options.Compatibility;
        _rateLimits = new TopGgRateLimits(Token);
        var transportOptions = options.ToTransportOptions(new TopGgCredential(Token, options.LegacyToken, options.BaseAddress), TopGgErrorReader.Shared);
        TimeProvider = transportOptions.TimeProvider;
        _transport = new ApiTransport(httpClient ?? ApiHttpClient.Create(), transportOptions, disposeHttpClient: httpClient is null);
    }

    public TopGgToken Token { get; }

    public TopGgApiCompatibility Compatibility { get; }

    public TimeProvider TimeProvider { get; }

    public static TopGgJsonContext Json => TopGgJsonContext.Default;

    /// <summary>Builds a request with its operation name and the buckets of its route.</summary>
    public ApiRequest Create(HttpMethod method, string path, string operation, TopGgRoute route, Func<HttpContent>? content = null, bool? safeToRetry = null) =>
        new(method, path)
        {
            OperationName = "topgg." + operation,
            RateLimits = _rateLimits.For(route),
            Content = content,
            SafeToRetry = safeToRetry,
        };

    /// <summary>Sends a request whose answer body does not matter.</summary>
    public async Task SendAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        _ = await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a request and reads its JSON answer.</summary>
    public Task<T> SendAsync<T>(ApiRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        return _transport.SendAsync(request, typeInfo, cancellationToken);
    }

    public void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, typeof(TopGgClient));

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _transport.Dispose();
        }
    }
}
