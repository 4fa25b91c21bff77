using System.Text;
using System.Text.Json;

namespace Guildhall.Core.Json.Wire;

/// <summary>
/// Reads string tokens into strings without the reader's general path where it is not needed: API strings are
/// mostly ASCII, and PHP (the osu! API) escapes every <c>/</c> as <c>\/</c>, so a URL is a string of escapes. Such
/// strings are widened straight into the new string in one pass; any other escape or non-ASCII text goes to
/// <see cref="Utf8JsonReader.GetString"/>, so the value is always the one the reader gives.
/// </summary>
internal static class WireStrings
{
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

        var slashes = EscapedSlashes(raw);
        return slashes < 0 || !Ascii.IsValid(raw) ? reader.GetString()! : string.Create(raw.Length - slashes, raw, WidenUnescapingSlashes);
    }

    /// <summary>How many escapes <paramref name="raw"/> holds if all of them are <c>\/</c>, else -1.</summary>
    private static int EscapedSlashes(ReadOnlySpan<byte> raw)
    {
        var count = 0;
        for (var at = raw.IndexOf((byte)'\\'); at >= 0; at = raw.IndexOf((byte)'\\'))
        {
            if (at + 1 == raw.Length || raw[at + 1] != '/')
            {
                return -1;
            }

            count++;
            raw = raw[(at + 2)..];
        }

        return count;
    }

    private static void WidenUnescapingSlashes(Span<char> chars, ReadOnlySpan<byte> raw)
    {
        for (var at = raw.IndexOf((byte)'\\'); at >= 0; at = raw.IndexOf((byte)'\\'))
        {
            Ascii.ToUtf16(raw[..at], chars, out var written);
            chars[written] = '/';
            chars = chars[(written + 1)..];
            raw = raw[(at + 2)..];
        }

        Ascii.ToUtf16(raw, chars, out _);
    }
}
