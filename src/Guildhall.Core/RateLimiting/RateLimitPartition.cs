using System.Security.Cryptography;
using System.Text;

namespace Guildhall.Core.RateLimiting;

/// <summary>Derives bucket keys from credentials without ever storing the credential itself.</summary>
public static class RateLimitPartition
{
    /// <summary>
    /// A short, stable, non-reversible id for a token or key (the first 16 hex digits of its SHA-256), so every client
    /// that uses the same token shares one budget while the store (and Redis, and logs) never sees the token.
    /// </summary>
    /// <param name="secret">The token or key.</param>
    public static string FromSecret(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(secret), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
