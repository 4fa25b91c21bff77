using System.Buffers;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Guildhall.TopGg.Webhooks;

/// <summary>
/// The legacy <c>Authorization</c> value a delivery must carry, compared in constant time without hashing: both sides are
/// laid into zero-padded buffers of one fixed width and compared whole, so the time depends neither on where the sent
/// value first differs nor on the secret's length (for any secret up to <see cref="MinimumWidth"/> bytes).
/// </summary>
/// <remarks>
/// Hashing both sides with SHA-256 gave the same guarantees, but each hash is an OpenSSL call whose fixed cost (about half
/// a microsecond) was a tenth of what a receiver spends on a vote beyond Kestrel's own work.
/// </remarks>
internal sealed class ExpectedAuthorization
{
    /// <summary>The width of the compared buffers; a longer secret widens them to its own length.</summary>
    public const int MinimumWidth = 256;

    private readonly byte[] _padded;
    private readonly int _length;

    private ExpectedAuthorization(string value)
    {
        _length = Encoding.UTF8.GetByteCount(value);
        // A whole number of words, for WordsEqual.
        _padded = new byte[Math.Max(MinimumWidth, (_length + sizeof(ulong) - 1) / sizeof(ulong) * sizeof(ulong))];
        Encoding.UTF8.GetBytes(value, _padded);
    }

    /// <summary>The expected value, or <see langword="null"/> when none is configured.</summary>
    public static ExpectedAuthorization? For(string? value) => string.IsNullOrEmpty(value) ? null : new ExpectedAuthorization(value);

    /// <summary>Whether <paramref name="sent"/> is exactly the expected value.</summary>
    public bool Matches(string sent)
    {
        // A value wider than the buffers cannot match; turning it away early says only that it is longer than them.
        if (Encoding.UTF8.GetMaxByteCount(sent.Length) > _padded.Length && Encoding.UTF8.GetByteCount(sent) > _padded.Length)
        {
            return false;
        }

        var rented = _padded.Length <= MinimumWidth ? null : ArrayPool<byte>.Shared.Rent(_padded.Length);
        Span<byte> buffer = rented is null ? stackalloc byte[MinimumWidth] : rented;
        buffer = buffer[.._padded.Length];
        try
        {
            buffer.Clear();
            var written = Encoding.UTF8.GetBytes(sent, buffer);
            // Both checks run: '&' does not short-circuit, so a wrong length costs the same as wrong bytes.
            return WordsEqual(buffer, _padded) & (written == _length);
        }
        finally
        {
            // The sent value may be the real secret: it must not linger in a pooled array.
            CryptographicOperations.ZeroMemory(buffer);
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Compares two spans of equal length, a whole number of words, reading every word of both whatever they hold.
    /// <see cref="CryptographicOperations.FixedTimeEquals"/> gives the same guarantee, but it is compiled without
    /// optimization (so no compiler can add an early exit) and goes byte by byte through a call each: over these buffers,
    /// as slow as the hash this comparison replaced. Nothing here exits early either: the loop only accumulates.
    /// </summary>
    private static bool WordsEqual(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        var leftWords = MemoryMarshal.Cast<byte, ulong>(left);
        var rightWords = MemoryMarshal.Cast<byte, ulong>(right);
        var difference = 0UL;
        for (var index = 0; index < leftWords.Length; index++)
        {
            difference |= leftWords[index] ^ rightWords[index];
        }

        return difference == 0;
    }
}
