using System.Globalization;

namespace Guildhall.TopGg.Webhooks;

/// <summary>
/// The <see cref="TopGgWebhookEvent.DeduplicationKey"/> of each kind of vote, each built in one allocation: the key is
/// stored by every deduplicator (in Redis too), so its text must not change between versions.
/// </summary>
internal static class DeduplicationKeys
{
    /// <summary>What every legacy key starts with.</summary>
    public const string LegacyPrefix = "legacy:";

    /// <summary>What every V2 vote key starts with.</summary>
    public const string VotePrefix = "vote:";

    /// <summary><c>legacy:</c> and the lowercase hex of the body's SHA-256 digest.</summary>
    public static string Legacy(ReadOnlySpan<byte> bodyDigest)
    {
        Span<char> hex = stackalloc char[bodyDigest.Length * 2];
        Convert.TryToHexStringLower(bodyDigest, hex, out _);
        return string.Concat(LegacyPrefix, hex);
    }

    /// <summary><c>vote:</c> and the V2 vote id in decimal.</summary>
    public static string Vote(ulong voteId)
    {
        Span<char> digits = stackalloc char[20];
        voteId.TryFormat(digits, out var written, provider: CultureInfo.InvariantCulture);
        return string.Concat(VotePrefix, digits[..written]);
    }
}
