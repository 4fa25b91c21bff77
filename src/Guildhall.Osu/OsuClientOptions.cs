using Guildhall.Core;
using Guildhall.Core.RateLimiting;
using Guildhall.Osu.Authentication;
using Microsoft.Extensions.Logging;

namespace Guildhall.Osu;

/// <summary>
/// Settings of the osu! clients. Checked by <see cref="Validate"/> when a client or storage is built.
/// <see cref="ApiClientOptions.BaseAddress"/> is the site's root: OAuth lives at <c>oauth/</c> under it, the API at
/// <c>api/v2/</c>. Default <see cref="DefaultBaseAddress"/>; point it at the sandbox's <c>/osu/</c> to develop offline.
/// </summary>
public sealed class OsuClientOptions : ApiClientOptions
{
    /// <summary>The default <see cref="ApiClientOptions.BaseAddress"/>, <c>https://osu.ppy.sh/</c>.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://osu.ppy.sh/");

    /// <summary>Creates the options with the real site's defaults.</summary>
    public OsuClientOptions()
        : base("osu", DefaultBaseAddress)
    {
    }

    /// <summary>The OAuth application's client id (from the osu! account settings page). Required.</summary>
    public long ClientId { get; set; }

    /// <summary>The OAuth application's client secret. Required. Never logged.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The application's registered callback, used by the authorization code flow when none is passed. Default none.</summary>
    public Uri? RedirectUri { get; set; }

    /// <summary>The scopes the app client asks for with client credentials. Default <c>public</c>.</summary>
    public IList<string> AppClientScopes { get; set; } = [OsuScopes.Public];

    /// <summary>Whether <see cref="OsuClientStorage.AppClient"/> creates the client-credentials client on first use. Default <see langword="true"/>.</summary>
    public bool CreateAppClient { get; set; } = true;

    /// <summary>The score format the API answers in, unless a call asks for another. Default <see cref="OsuScoreFormat.Lazer"/>.</summary>
    public OsuScoreFormat ScoreFormat { get; set; } = OsuScoreFormat.Lazer;

    /// <summary>
    /// The <c>x-api-version</c> sent with every call (score calls in the legacy format send
    /// <see cref="OsuApiVersions.LegacyScores"/> instead). Default <see cref="OsuApiVersions.Current"/>; at least
    /// <see cref="OsuApiVersions.LazerScores"/>: choose the legacy format with <see cref="ScoreFormat"/>.
    /// </summary>
    public int ApiVersion { get; set; } = OsuApiVersions.Current;

    /// <summary>
    /// Requests each client (each session) may start per minute, enforced client-side. Default
    /// <see cref="DocumentedRequestsPerMinute"/>, the ceiling the API's terms of use set. The server's own limits are
    /// higher and allow bursts, so a larger value works, but osu! warns that going over 60 a minute can get the
    /// application's tokens revoked or its access restricted: raise it only for short bursts you can defend (aiosu, the
    /// Python library, allows 600). Replay downloads also count against a bucket of their own
    /// (<see cref="OsuReplaysClient.DownloadsPerMinute"/>).
    /// </summary>
    public int RequestsPerMinute { get; set; } = DocumentedRequestsPerMinute;

    /// <summary>The requests a minute osu!'s terms of use allow: 60.</summary>
    public const int DocumentedRequestsPerMinute = 60;

    /// <summary>How long before its expiry a token is renewed, so no call goes out with a token about to lapse. Default 1 minute.</summary>
    public TimeSpan TokenRefreshSkew { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentException">A setting is missing or out of range.</exception>
    public override void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ClientId, 1, nameof(ClientId));
        ArgumentException.ThrowIfNullOrWhiteSpace(ClientSecret, nameof(ClientSecret));
        if (RedirectUri is { IsAbsoluteUri: false })
        {
            throw new ArgumentException("The redirect URI must be absolute.", nameof(RedirectUri));
        }

        ArgumentNullException.ThrowIfNull(AppClientScopes);
        if (AppClientScopes.Count == 0 || AppClientScopes.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("The app client needs at least one scope (usually \"public\").", nameof(AppClientScopes));
        }

        if (!Enum.IsDefined(ScoreFormat))
        {
            throw new ArgumentOutOfRangeException(nameof(ScoreFormat), ScoreFormat, "Choose Lazer or Legacy.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(ApiVersion, OsuApiVersions.LazerScores, nameof(ApiVersion));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ApiVersion, 99999999, nameof(ApiVersion));
        ArgumentOutOfRangeException.ThrowIfLessThan(RequestsPerMinute, 1, nameof(RequestsPerMinute));
        ArgumentOutOfRangeException.ThrowIfLessThan(TokenRefreshSkew, TimeSpan.Zero, nameof(TokenRefreshSkew));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(TokenRefreshSkew, TimeSpan.FromHours(12), nameof(TokenRefreshSkew));
        base.Validate();
    }

    /// <summary>A copy of these options with another application, for the constructors that take it apart: the caller's options stay as they are.</summary>
    internal OsuClientOptions WithApplication(long clientId, string clientSecret)
    {
        var copy = (OsuClientOptions)MemberwiseClone();
        copy.ClientId = clientId;
        copy.ClientSecret = clientSecret;
        return copy;
    }

    /// <summary>The pipeline settings for one transport of these options.</summary>
    /// <param name="baseAddress">The root of the transport's paths: the site's (OAuth) or the API's.</param>
    /// <param name="credentials">Authenticates requests; <see langword="null"/> for none.</param>
    internal ApiTransportOptions CreateTransportOptions(Uri baseAddress, Core.Credentials.ICredentialProvider? credentials) =>
        ToTransportOptions(credentials, Internal.OsuErrorReader.Instance, RateLimitHeaders.XRateLimit(TimeSpan.FromMinutes(1)), baseAddress);
}
