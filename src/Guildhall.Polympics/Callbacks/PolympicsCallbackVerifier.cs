using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace Guildhall.Polympics.Callbacks;

/// <summary>
/// Checks that a callback came from the server: it sends <c>Authorization: Bearer &lt;secret&gt;</c> with the secret given
/// when the callback was registered. The comparison takes the same time whatever the header holds, so it does not
/// reveal the secret a character at a time.
/// </summary>
public sealed class PolympicsCallbackVerifier
{
    private readonly byte[] _secretDigest;

    /// <summary>Creates a verifier for one secret.</summary>
    /// <param name="secret">The secret registered with the callback.</param>
    public PolympicsCallbackVerifier(string secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        _secretDigest = SHA256.HashData(Encoding.UTF8.GetBytes(secret));
    }

    /// <summary>Whether the <c>Authorization</c> header carries the secret.</summary>
    /// <param name="authorizationHeader">The header's value, or <see langword="null"/> when it is missing.</param>
    public bool IsAuthorized(string? authorizationHeader)
    {
        if (!AuthenticationHeaderValue.TryParse(authorizationHeader, out var header)
            || !string.Equals(header.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase)
            || string.IsNullOrEmpty(header.Parameter))
        {
            return false;
        }

        // Comparing digests keeps the time independent of the length of the candidate as well as of its content.
        var candidate = SHA256.HashData(Encoding.UTF8.GetBytes(header.Parameter));
        return CryptographicOperations.FixedTimeEquals(candidate, _secretDigest);
    }

    /// <summary>Never shows the secret.</summary>
    public override string ToString() => "PolympicsCallbackVerifier (secret redacted)";
}
