using System.Text.Json;

namespace Guildhall.Sandbox.Hosting;

/// <summary>
/// The limits every emulated API's body reading shares. Form bodies are held to them by ASP.NET Core's form reader
/// (<c>FormOptions</c>), JSON bodies by <see cref="CheckJson"/>.
/// </summary>
internal static class SandboxBodyLimits
{
    /// <summary>The longest form field name or JSON property name, in bytes (ASP.NET Core's default for forms).</summary>
    public const int MaxKeyBytes = 2 * 1024;

    /// <summary>The longest form value or JSON string or number, in bytes; far above any real API's longest field.</summary>
    public const int MaxValueBytes = 256 * 1024;

    /// <summary>
    /// Why a JSON body breaks a limit, or <see langword="null"/> when it keeps them. A body that is not JSON at all is
    /// refused only when <paramref name="mustBeJson"/>: each emulated API answers malformed JSON in its own way.
    /// </summary>
    public static SandboxBodyRefusal? CheckJson(ReadOnlySpan<byte> body, bool mustBeJson)
    {
        if (body.Trim(" \t\r\n"u8).IsEmpty)
        {
            return null;
        }

        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 256 });
        try
        {
            while (reader.Read())
            {
                var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
                if (reader.TokenType == JsonTokenType.PropertyName && length > MaxKeyBytes)
                {
                    return SandboxBodyRefusal.Unreadable($"A JSON property name is longer than {MaxKeyBytes} bytes.");
                }

                if (reader.TokenType is JsonTokenType.String or JsonTokenType.Number && length > MaxValueBytes)
                {
                    return SandboxBodyRefusal.Unreadable($"A JSON value is longer than {MaxValueBytes} bytes.");
                }
            }
        }
        catch (JsonException exception)
        {
            return mustBeJson ? SandboxBodyRefusal.Unreadable($"The body is not valid JSON: {exception.Message}") : null;
        }

        return null;
    }
}
