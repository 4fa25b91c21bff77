namespace Guildhall.Osu.Internal;

/// <summary>The check every <c>Get…PageAsync</c> of a <c>cursor_string</c> list makes before sending.</summary>
internal static class OsuCursors
{
    /// <summary>Refuses an empty continuation token (the API would silently answer the first page).</summary>
    /// <exception cref="ArgumentException">The token is empty; the parameter is named <c>continuationToken</c>.</exception>
    public static void CheckCursorString(string? continuationToken)
    {
        if (continuationToken is { Length: 0 })
        {
            throw new ArgumentException("An empty string is not a continuation token of this list (expected a cursor_string the API returned).", nameof(continuationToken));
        }
    }
}
