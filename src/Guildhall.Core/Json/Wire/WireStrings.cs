using System.Text.Json;

namespace Guildhall.Core.Json.Wire;

/// <summary>String reading with a fast path for the escapes PHP writes into every address (<c>https:\/\/…</c>).</summary>
internal static class WireStrings
{
    private const int MaxFastLength = 512;

    /// <summary>The string token at the reader's position, unescaped.</summary>
    public static string Read(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped && !reader.HasValueSequence && reader.ValueSpan.Length <= MaxFastLength
            && TryUnescapeAsciiSlashes(reader.ValueSpan, out var text))
        {
            return text;
        }

        return reader.GetString()!;
    }

    // An ASCII string whose only escapes are "\/" is its bytes, widened, without the backslashes; anything else takes
    // the general (slower) unescaping path.
    private static bool TryUnescapeAsciiSlashes(ReadOnlySpan<byte> raw, out string text)
    {
        Span<char> buffer = stackalloc char[raw.Length];
        var length = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var character = raw[i];
            if (character >= 0x80)
            {
                text = "";
                return false;
            }

            if (character == '\\')
            {
                if (i + 1 >= raw.Length || raw[i + 1] != '/')
                {
                    text = "";
                    return false;
                }

                i++;
            }

            buffer[length++] = (char)raw[i];
        }

        text = new string(buffer[..length]);
        return true;
    }
}
