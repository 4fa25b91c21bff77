using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Guildhall.TopGg.Webhooks;

/// <summary>
/// The V2 signature: <c>x-topgg-signature: t={unix seconds},v1={hex HMAC-SHA256}</c>, keyed with the whole
/// <c>whs_</c> secret, over <c>{t}.{raw body}</c>. <see cref="Create"/> signs (for senders and tests); verification
/// is <see cref="TopGgWebhookVerifier"/>'s job.
/// </summary>
public static class TopGgWebhookSignature
{
    /// <summary>The signature header.</summary>
    public const string HeaderName = "x-topgg-signature";

    /// <summary>The trace header.</summary>
    public const string TraceHeaderName = "x-topgg-trace";

    /// <summary>The length of a SHA-256 digest in bytes.</summary>
    private const int DigestBytes = 32;

    [ThreadStatic]
    private static IncrementalHash? t_mac;

    [ThreadStatic]
    private static byte[]? t_macKey;

    /// <summary>Creates the header value that signs <paramref name="body"/> at <paramref name="timestamp"/>.</summary>
    /// <param name="body">The exact bytes that will be sent.</param>
    /// <param name="secret">The webhook secret.</param>
    /// <param name="timestamp">The signing time; sent as whole Unix seconds.</param>
    public static string Create(ReadOnlySpan<byte> body, string secret, DateTimeOffset timestamp)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        var seconds = timestamp.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        Span<byte> digest = stackalloc byte[DigestBytes];
        ComputeDigest(Encoding.UTF8.GetBytes(secret), seconds, body, digest);
        return $"t={seconds},v1={Convert.ToHexStringLower(digest)}";
    }

    /// <summary>Computes HMAC-SHA256(<paramref name="key"/>, <c>{timestamp}.{body}</c>) into <paramref name="digest"/>.</summary>
    internal static void ComputeDigest(ReadOnlySpan<byte> key, ReadOnlySpan<char> timestamp, ReadOnlySpan<byte> body, Span<byte> digest)
    {
        var mac = MacFor(key);
        // A timestamp is at most 12 digits when parsed from a header and 20 characters when written from a long.
        Span<byte> prefix = stackalloc byte[timestamp.Length + 1];
        var written = Encoding.ASCII.GetBytes(timestamp, prefix);
        prefix[written] = (byte)'.';
        mac.AppendData(prefix);
        mac.AppendData(body);
        mac.GetHashAndReset(digest);
    }

    /// <summary>
    /// This thread's HMAC for <paramref name="key"/>, kept while the key stays the same: the one-shot HMAC looked the
    /// algorithm up and set its key up again on every call, a third of what signing a vote cost. The key is compared
    /// with the kept one in plain time: both are the receiver's own secrets, never a sender's input.
    /// </summary>
    private static IncrementalHash MacFor(ReadOnlySpan<byte> key)
    {
        if (t_mac is { } kept && key.SequenceEqual(t_macKey))
        {
            return kept;
        }

        t_mac?.Dispose();
        t_mac = null;
        t_macKey = key.ToArray();
        return t_mac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
    }

    /// <summary>
    /// Reads <c>t=…,v1=…</c>: parts in any order, spaces around them ignored, unknown parts ignored, several <c>v1</c>
    /// values allowed (any may match). Fails unless there is exactly one numeric <c>t</c> and at least one
    /// 64-digit hex <c>v1</c>. Allocates nothing: the result points into <paramref name="header"/>.
    /// </summary>
    internal static bool TryParse(string header, out ParsedSignature parsed)
    {
        parsed = default;
        var text = header.AsSpan();
        Range? timestamp = null;
        var digests = 0;
        Span<byte> digest = stackalloc byte[DigestBytes];
        foreach (var range in text.Split(','))
        {
            if (!TrySplitPart(text, range, out var name, out var value))
            {
                return false;
            }

            var valueText = text[value];
            if (text[name].SequenceEqual("t"))
            {
                if (timestamp is not null || !IsDigits(valueText) || valueText.Length > 12)
                {
                    return false;
                }

                timestamp = value;
            }
            else if (text[name].SequenceEqual("v1"))
            {
                if (!TryDecodeDigest(valueText, digest))
                {
                    return false;
                }

                digests++;
            }
        }

        if (timestamp is not { } found || digests == 0)
        {
            return false;
        }

        parsed = new ParsedSignature(header, found, long.Parse(text[found], NumberStyles.None, CultureInfo.InvariantCulture));
        return true;
    }

    /// <summary>Splits one comma-separated part into its trimmed name and value; fails when it has no name or no <c>=</c>.</summary>
    private static bool TrySplitPart(ReadOnlySpan<char> text, Range range, out Range name, out Range value)
    {
        var (offset, length) = range.GetOffsetAndLength(text.Length);
        var part = text.Slice(offset, length);
        var start = offset + (part.Length - part.TrimStart().Length);
        part = part.Trim();
        var separator = part.IndexOf('=');
        name = value = default;
        if (separator <= 0)
        {
            return false;
        }

        name = Trimmed(text, start, separator);
        value = Trimmed(text, start + separator + 1, part.Length - separator - 1);
        return true;
    }

    private static Range Trimmed(ReadOnlySpan<char> text, int start, int length)
    {
        var slice = text.Slice(start, length);
        var leading = slice.Length - slice.TrimStart().Length;
        return new Range(start + leading, start + leading + slice.Trim().Length);
    }

    private static bool TryDecodeDigest(ReadOnlySpan<char> hex, Span<byte> digest) =>
        hex.Length == DigestBytes * 2
        && Convert.FromHexString(hex, digest, out _, out var written) == OperationStatus.Done
        && written == DigestBytes;

    private static bool IsDigits(ReadOnlySpan<char> value) => !value.IsEmpty && !value.ContainsAnyExceptInRange('0', '9');

    /// <summary>A parsed signature header; it points into the header's text rather than copying from it.</summary>
    /// <param name="Header">The whole header value.</param>
    /// <param name="TimestampRange">Where the <c>t</c> value is, exactly as sent (it is part of the signed message).</param>
    /// <param name="Timestamp">The <c>t</c> value in Unix seconds.</param>
    internal readonly record struct ParsedSignature(string Header, Range TimestampRange, long Timestamp)
    {
        /// <summary>The <c>t</c> value exactly as sent.</summary>
        public ReadOnlySpan<char> TimestampText => Header.AsSpan()[TimestampRange];

        /// <summary>
        /// Whether any <c>v1</c> digest equals <paramref name="expected"/>. Every candidate is compared in constant
        /// time, so the time taken does not tell which one (if any) matched.
        /// </summary>
        public bool MatchesAny(ReadOnlySpan<byte> expected)
        {
            var text = Header.AsSpan();
            Span<byte> digest = stackalloc byte[DigestBytes];
            var matches = false;
            foreach (var range in text.Split(','))
            {
                // TryParse accepted the header, so every part splits and every v1 decodes.
                if (TrySplitPart(text, range, out var name, out var value) && text[name].SequenceEqual("v1") && TryDecodeDigest(text[value], digest))
                {
                    matches |= CryptographicOperations.FixedTimeEquals(digest, expected);
                }
            }

            return matches;
        }
    }
}
