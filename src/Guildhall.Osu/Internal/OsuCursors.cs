using System.Runtime.CompilerServices;

namespace Guildhall.Osu.Internal;

/// <summary>The check every <c>Get…PageAsync</c> of a <c>cursor_string</c> list makes before sending.</summary>
internal static class OsuCursors
{
    /// <summary>Refuses an empty cursor string (the API would silently answer the first page).</summary>
    /// <exception cref="ArgumentException">
    /// The cursor is empty; the parameter is the caller's (<c>continuationToken</c>, or <c>cursorString</c> on the
    /// beatmapset search and the rankings, whose name shipped before the family settled on one).
    /// </exception>
    public static void CheckCursorString(string? continuationToken, [CallerArgumentExpression(nameof(continuationToken))] string? parameterName = null)
    {
        if (continuationToken is { Length: 0 })
        {
            throw new ArgumentException("An empty string is not a continuation token of this list (expected a cursor_string the API returned).", parameterName);
        }
    }
}
