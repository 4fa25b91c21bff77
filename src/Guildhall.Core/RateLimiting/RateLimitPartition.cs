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

    /// <summary>
    /// The key of one bucket of a partition, <c>{api}:{{partition}}:{bucket}</c> (or <c>{api}:{{partition}}</c> for a
    /// partition's only bucket). The braces make the partition the key's hash tag, so a Redis Cluster keeps all the
    /// buckets of one credential in one hash slot: one request takes a slot in several of them atomically.
    /// </summary>
    /// <param name="api">The API's short name, for example <c>topgg</c>.</param>
    /// <param name="partition">The credential's partition, usually <see cref="FromSecret"/>; must not contain braces.</param>
    /// <param name="bucket">The bucket's name within the partition, or <see langword="null"/> when it has only one.</param>
    /// <exception cref="ArgumentException">A part is empty or the partition contains a brace.</exception>
    public static string BucketKey(string api, string partition, string? bucket = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(api);
        ArgumentException.ThrowIfNullOrWhiteSpace(partition);
        if (partition.AsSpan().IndexOfAny('{', '}') >= 0)
        {
            throw new ArgumentException("A partition cannot contain braces: they delimit it in the key.", nameof(partition));
        }

        return bucket is null ? $"{api}:{{{partition}}}" : $"{api}:{{{partition}}}:{bucket}";
    }
}
