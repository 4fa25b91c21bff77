using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using Guildhall.Core;
using Microsoft.Extensions.Logging;

namespace Guildhall.Polympics.Http;

/// <summary>
/// What every Polympics client and sub-client shares on top of Core's connection: the credentials (none for the
/// anonymous client), which switch atomically on a token reset, and the log.
/// </summary>
internal sealed class PolympicsConnection : ApiConnection
{
    public const string ApiName = "polympics";

    /// <summary>Validates the options and builds the transport.</summary>
    /// <param name="httpClient">The client to send with; null creates and owns one.</param>
    /// <param name="options">The settings; read now, so later changes do not affect the connection.</param>
    /// <param name="credentials">The credentials to send; <see langword="null"/> for the anonymous client.</param>
    /// <param name="clientType">The public client, named when a call comes after disposal.</param>
    public PolympicsConnection(HttpClient? httpClient, PolympicsClientOptions options, PolympicsCredentials? credentials, Type clientType)
        : this(httpClient, options, Checked(options, credentials), clientType)
    {
    }

    private PolympicsConnection(HttpClient? httpClient, PolympicsClientOptions options, PolympicsCredentialProvider? credentials, Type clientType)
        : base(httpClient, options.ToTransportOptions(credentials), clientType)
    {
        Credentials = credentials;
        Logger = CreateLogger("Guildhall.Polympics");
    }

    public PolympicsCredentialProvider? Credentials { get; }

    public ILogger Logger { get; }

    public static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>A read that needs no credentials (the server's GET routes do not look at them).</summary>
    public Task<T> GetPublicAsync<T>(string path, string operation, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken) =>
        SendJsonAsync(CreateRequest(HttpMethod.Get, path, operation, authenticated: false), typeInfo, cancellationToken);

    /// <summary>Sends an authenticated request; <paramref name="responseIsSecret"/> marks an answer that carries a credential (a session, a new token).</summary>
    public Task<T> SendJsonAsync<T>(
        HttpMethod method, string path, string operation, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken, Func<HttpContent>? content = null, bool responseIsSecret = false) =>
        SendJsonAsync(CreateRequest(method, path, operation, content, responseIsSecret: responseIsSecret), typeInfo, cancellationToken);

    /// <summary>Sends an authenticated request and returns the raw answer; <paramref name="responseIsSecret"/> as above.</summary>
    public Task<ApiResponse> SendAsync(
        HttpMethod method, string path, string operation, CancellationToken cancellationToken, Func<HttpContent>? content = null, bool responseIsSecret = false) =>
        SendAsync(CreateRequest(method, path, operation, content, responseIsSecret: responseIsSecret), cancellationToken);

    /// <summary>A JSON body from the package's serializer metadata.</summary>
    public static Func<HttpContent> Json<T>(T value, JsonTypeInfo<T> typeInfo) => ApiContent.Json(value, typeInfo);

    /// <summary>Checks page arguments before sending: the server crashes (500) on a negative page or a page size under 1.</summary>
    public static void ValidatePaging(int page, int perPage)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(page);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perPage);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Credentials?.Dispose();
        }
    }

    /// <summary>Checked before the credential provider exists, so bad settings leave nothing to dispose.</summary>
    private static PolympicsCredentialProvider? Checked(PolympicsClientOptions options, PolympicsCredentials? credentials)
    {
        options.Validate();
        return credentials is null ? null : new PolympicsCredentialProvider(credentials);
    }
}
