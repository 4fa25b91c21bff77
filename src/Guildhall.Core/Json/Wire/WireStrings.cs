using System.Runtime.CompilerServices;
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

    // One pass over the bytes: the earlier version scanned for escapes, then for ASCII, then searched and widened each
    // piece between escapes, and on the osu! bodies those searches cost more than the bytes themselves (a cover URL
    // has six or seven escapes in eighty bytes). The stack buffer is not cleared first: only the part written is read,
    // and clearing 512 bytes for every URL was a fifth of this method's cost.
    [SkipLocalsInit]
    private static bool TryReadEscapedSlashes(ReadOnlySpan<byte> raw, out string text)
    {
        Span<char> chars = stackalloc char[MaxEscapedLength];
        var written = 0;
        for (var at = 0; at < raw.Length; at++)
        {
            var current = raw[at];
            if (current == '\\')
            {
                if (++at == raw.Length || raw[at] != '/')
                {
                    text = "";
                    return false;
                }
            }
            else if (current > 0x7F)
            {
                text = "";
                return false;
            }

            chars[written++] = (char)raw[at];
        }

        text = new string(chars[..written]);
        return true;
    }
}
