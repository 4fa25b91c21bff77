using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Guildhall.Osu.Authentication;

/// <summary>
/// Whose tokens a repository entry holds: the site that issued them (the base address whose <c>oauth/token</c> endpoint
/// answered), the OAuth application (client id) and a hash of the application's secret. Tokens are stored and found
/// per owner and session, so a token is only ever sent back to the site that issued it, and another client id or
/// another secret (a typo, a rotated secret) gets tokens of its own instead of reusing someone else's. The secret itself
/// is never kept: <see cref="SecretHash"/> is a SHA-256 over it, the site and the client id.
/// </summary>
public sealed class OsuTokenOwner : IEquatable<OsuTokenOwner>
{
    private OsuTokenOwner(Uri site, long clientId, string secretHash)
    {
        Site = site;
        ClientId = clientId;
        SecretHash = secretHash;
        Key = string.Create(CultureInfo.InvariantCulture, $"{site.AbsoluteUri} {clientId} {secretHash}");
    }

    /// <summary>The site's root, where <c>oauth/token</c> issued the tokens and <c>api/v2/</c> accepts them (with a trailing slash).</summary>
    public Uri Site { get; }

    /// <summary>The OAuth application's client id.</summary>
    public long ClientId { get; }

    /// <summary>A SHA-256 (lowercase hex) of the client secret, salted with the site and the client id; the secret cannot be read back from it.</summary>
    public string SecretHash { get; }

    /// <summary>The owner as one string (site, client id and secret hash), what repositories store tokens under.</summary>
    public string Key { get; }

    /// <summary>The owner of the tokens that clients built from <paramref name="options"/> obtain and use.</summary>
    /// <param name="options">The options (base address, client id and secret).</param>
    /// <exception cref="ArgumentException">The client id or secret is missing.</exception>
    public static OsuTokenOwner For(OsuClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return For(options.BaseAddress, options.ClientId, options.ClientSecret!);
    }

    /// <summary>The owner of the tokens an application gets from a site.</summary>
    /// <param name="baseAddress">The site's root (its <c>oauth/token</c> issues the tokens).</param>
    /// <param name="clientId">The application's client id.</param>
    /// <param name="clientSecret">The application's client secret.</param>
    /// <exception cref="ArgumentException">The address is not absolute, or the client id or secret is missing.</exception>
    public static OsuTokenOwner For(Uri baseAddress, long clientId, string clientSecret)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        ArgumentOutOfRangeException.ThrowIfLessThan(clientId, 1);
        ArgumentException.ThrowIfNullOrEmpty(clientSecret);
        if (!baseAddress.IsAbsoluteUri)
        {
            throw new ArgumentException("The site's address must be absolute.", nameof(baseAddress));
        }

        // Scheme and host in lower case, default port dropped, no query: one site has one spelling.
        var site = new Uri(baseAddress.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
        var salted = string.Create(CultureInfo.InvariantCulture, $"guildhall osu token owner\n{site.AbsoluteUri}\n{clientId}\n{clientSecret}");
        return new OsuTokenOwner(site, clientId, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(salted))));
    }

    /// <inheritdoc />
    public bool Equals(OsuTokenOwner? other) => other is not null && string.Equals(Key, other.Key, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as OsuTokenOwner);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);

    /// <summary>Names the application and the site (not the secret's hash).</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"client {ClientId} at {Site}");
}
