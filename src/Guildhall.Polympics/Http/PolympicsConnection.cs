using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using Guildhall.Core;
using Guildhall.Polympics.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Guildhall.Polympics.Http;

/// <summary>What every Polympics client and sub-client shares: the transport, the credentials and the logger.</summary>
internal sealed class PolympicsConnection : IDisposable
{
    public PolympicsConnection(HttpClient? httpClient, PolympicsClientOptions? options, PolympicsCredentials? credentials)
    {
        options ??= new PolympicsClientOptions();

        // Checked before the credential provider exists, so bad settings leave nothing to dispose.
        options.Validate();
        Credentials = credentials is null ? null : new PolympicsCredentialProvider(credentials);
        var transportOptions = options.ToTransportOptions(Credentials);
        Transport = new ApiTransport(httpClient ?? ApiHttpClient.Create(), transportOptions, disposeHttpClient: httpClient is null);
        Logger = options.LoggerFactory?.CreateLogger("Guildhall.Polympics") ?? NullLogger.Instance;
    }

    public ApiTransport Transport { get; }

    public PolympicsCredentialProvider? Credentials { get; }

    public ILogger Logger { get; }

    public static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>A read that needs no credentials (the server's GET routes do not look at them).</summary>
    public Task<T> GetPublicAsync<T>(string path, string operation, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken) =>
        Transport.SendAsync(new ApiRequest(HttpMethod.Get, path) { OperationName = operation, Authenticated = false }, typeInfo, cancellationToken);

    /// <summary>Sends an authenticated request; <paramref name="responseIsSecret"/> marks an answer that carries a credential (a session, a new token).</summary>
    public Task<T> SendAsync<T>(
        HttpMethod method, string path, string operation, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken, Func<HttpContent>? content = null, bool responseIsSecret = false) =>
        Transport.SendAsync(Request(method, path, operation, content, responseIsSecret), typeInfo, cancellationToken);

    /// <summary>Sends an authenticated request and returns the raw answer; <paramref name="responseIsSecret"/> as above.</summary>
    public Task<ApiResponse> SendAsync(
        HttpMethod method, string path, string operation, CancellationToken cancellationToken, Func<HttpContent>? content = null, bool responseIsSecret = false) =>
        Transport.SendAsync(Request(method, path, operation, content, responseIsSecret), cancellationToken);

    /// <summary>A JSON body from the package's serializer metadata.</summary>
    public static Func<HttpContent> Json<T>(T value, JsonTypeInfo<T> typeInfo) => ApiContent.Json(value, typeInfo);

    /// <summary>Checks page arguments before sending: the server crashes (500) on a negative page or a page size under 1.</summary>
    public static void ValidatePaging(int page, int perPage)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(page);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perPage);
    }

    /// <summary>
    /// A pageable over a search, page by page from the continuation token (page 0 without one); the continuation token is the next page
    /// number. The walk stops at the last page the server counts.
    /// </summary>
    public static Core.Paging.AsyncPageable<T> Pageable<T>(int perPage, Func<int, CancellationToken, Task<PolympicsPage<T>>> fetch, CancellationToken cancellationToken)
    {
        ValidatePaging(0, perPage);
        return Core.Paging.AsyncPageable.Create<T>(
            async (token, pageCancellation) =>
            {
                var page = 0;
                if (token is not null && (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out page)))
                {
                    throw new ArgumentException("A Polympics continuation token is a page number from 0.", nameof(token));
                }

                var result = await fetch(page, pageCancellation).ConfigureAwait(false);
                return result.ToPage();
            },
            cancellationToken);
    }

    public void Dispose()
    {
        Transport.Dispose();
        Credentials?.Dispose();
    }

    private static ApiRequest Request(HttpMethod method, string path, string operation, Func<HttpContent>? content, bool responseIsSecret) =>
        new(method, path) { OperationName = operation, Content = content, ResponseIsSecret = responseIsSecret };
}
