using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Json;

namespace Guildhall.Core.Json.Wire;

/// <summary>
/// Reads string tokens into strings without the reader's general path where it is not needed: API strings are
/// mostly ASCII, and PHP (the osu! API) escapes every <c>/</c> as <c>\/</c>, so a URL is a string of escapes. Such
/// strings are widened straight into the new string; any other escape or non-ASCII text goes to
/// <see cref="Utf8JsonReader.GetString"/>, so the value is always the one the reader gives.
/// </summary>
internal static class WireStrings
{
    /// <summary>
    /// The longest escaped value decoded on the stack (URLs and names are far shorter); longer ones, mostly prose with
    /// other escapes anyway, take the reader's path.
    /// </summary>
    private const int MaxEscapedLength = 256;

    public static string Read(ref Utf8JsonReader reader)
    {
        if (reader.HasValueSequence)
        {
            return reader.GetString()!;
        }

        var raw = reader.ValueSpan;
        if (!reader.ValueIsEscaped)
        {
            return Ascii.IsValid(raw) ? string.Create(raw.Length, raw, static (chars, bytes) => Ascii.ToUtf16(bytes, chars, out _)) : reader.GetString()!;
        }

        return raw.Length <= MaxEscapedLength && TryReadEscapedSlashes(raw, out var text) ? text : reader.GetString()!;
    }

    // One pass over the bytes, sixteen at a time: a block is widened and stored whole, then the output advances to the
    // block's first backslash (or by all sixteen when there is none), and the escape's slash is written after it. A
    // cover URL (eighty bytes, six or seven escapes) takes about eight blocks where a byte loop took eighty steps; the
    // tail shorter than a block goes byte by byte. The stack buffer is not cleared first (only the part written is
    // read) and has a block's slack, because a block is stored whole even when only part of it is kept.
    [SkipLocalsInit]
    private static bool TryReadEscapedSlashes(ReadOnlySpan<byte> raw, out string text)
    {
        text = "";
        Span<char> chars = stackalloc char[MaxEscapedLength + Vector128<byte>.Count];
        ref var source = ref MemoryMarshal.GetReference(raw);
        ref var target = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(chars));
        var written = 0;
        var at = 0;
        while (raw.Length - at >= Vector128<byte>.Count)
        {
            var block = Vector128.LoadUnsafe(ref source, (nuint)at);
            if (block.ExtractMostSignificantBits() != 0)
            {
                return false;
            }

            var (lower, upper) = Vector128.Widen(block);
            lower.StoreUnsafe(ref target, (nuint)written);
            upper.StoreUnsafe(ref target, (nuint)(written + Vector128<ushort>.Count));
            var backslashes = Vector128.Equals(block, Vector128.Create((byte)'\\')).ExtractMostSignificantBits();
            if (backslashes == 0)
            {
                at += Vector128<byte>.Count;
                written += Vector128<byte>.Count;
                continue;
            }

            var before = BitOperations.TrailingZeroCount(backslashes);
            written += before;
            at += before + 1;
            if (at == raw.Length || raw[at] != '/')
            {
                return false;
            }

            chars[written++] = '/';
            at++;
        }

        for (; at < raw.Length; at++)
        {
            var current = raw[at];
            if (current == '\\')
            {
                if (++at == raw.Length || raw[at] != '/')
                {
                    return false;
                }
            }
            else if (current > 0x7F)
            {
                return false;
            }

            chars[written++] = (char)raw[at];
        }

        text = new string(chars[..written]);
        return true;
    }
}
