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

    /// <summary>Computes HMAC-SHA256(<paramref name="key"/>, <c>{timestamp}.{body}</c>) without concatenating into a new string.</summary>
    internal static void ComputeDigest(ReadOnlySpan<byte> key, string timestamp, ReadOnlySpan<byte> body, Span<byte> digest)
    {
        var length = timestamp.Length + 1 + body.Length;
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var message = rented.AsSpan(0, length);
            var prefix = Encoding.ASCII.GetBytes(timestamp, message);
            message[prefix] = (byte)'.';
            body.CopyTo(message[(prefix + 1)..]);
            HMACSHA256.HashData(key, message, digest);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Reads <c>t=…,v1=…</c>: parts in any order, spaces around them ignored, unknown parts ignored, several <c>v1</c>
    /// values allowed (any may match). Fails unless there is exactly one numeric <c>t</c> and at least one
    /// 64-digit hex <c>v1</c>.
    /// </summary>
    internal static bool TryParse(string header, out ParsedSignature parsed)
    {
        parsed = default;
        string? timestampText = null;
        var digests = new List<byte[]>(1);
        var text = header.AsSpan();
        foreach (var range in text.Split(','))
        {
            var part = text[range].Trim();
            var separator = part.IndexOf('=');
            if (separator <= 0)
            {
                return false;
            }

            var name = part[..separator].Trim();
            var value = part[(separator + 1)..].Trim();
            if (name.SequenceEqual("t"))
            {
                if (timestampText is not null || !IsDigits(value) || value.Length > 12)
                {
                    return false;
                }

                timestampText = value.ToString();
            }
            else if (name.SequenceEqual("v1"))
            {
                if (value.Length != DigestBytes * 2)
                {
                    return false;
                }

                var digest = new byte[DigestBytes];
                if (Convert.FromHexString(value, digest, out _, out var written) != OperationStatus.Done || written != DigestBytes)
                {
                    return false;
                }

                digests.Add(digest);
            }
        }

        if (timestampText is null || digests.Count == 0)
        {
            return false;
        }

        parsed = new ParsedSignature(timestampText, long.Parse(timestampText, NumberStyles.None, CultureInfo.InvariantCulture), digests);
        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> value) => !value.IsEmpty && !value.ContainsAnyExceptInRange('0', '9');

    /// <summary>A parsed signature header.</summary>
    /// <param name="TimestampText">The <c>t</c> value exactly as sent (it is part of the signed message).</param>
    /// <param name="Timestamp">The <c>t</c> value in Unix seconds.</param>
    /// <param name="Digests">Every <c>v1</c> digest.</param>
    internal readonly record struct ParsedSignature(string TimestampText, long Timestamp, IReadOnlyList<byte[]> Digests);
}
