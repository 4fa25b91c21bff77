using Guildhall.Core.Paging;

namespace Guildhall.Osu.Internal;

/// <summary>osu!'s <c>limit</c>/<c>offset</c> lists as Core pageables, with the page sizes the API accepts.</summary>
internal static class OsuLists
{
    /// <summary>
    /// A <c>limit</c>/<c>offset</c> list (user scores, beatmapsets, kudosu...): the continuation token is the next offset;
    /// a page shorter than <paramref name="pageSize"/> is the last.
    /// </summary>
    public static AsyncPageable<T> ByOffset<T>(int startOffset, int pageSize, Func<int, int, CancellationToken, Task<IReadOnlyList<T>>> fetchPage, CancellationToken callToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(startOffset);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, 100);
        return AsyncPageable.ByPosition<T>(
            startOffset,
            async (offset, token) =>
            {
                var items = await fetchPage(offset, pageSize, token).ConfigureAwait(false);
                return (items, items.Count < pageSize ? null : offset + items.Count);
            },
            callToken);
    }

    /// <summary>
    /// A list whose pages carry the next page's <c>cursor_string</c>: the continuation token is that string, and a page
    /// without one is the last.
    /// </summary>
    public static AsyncPageable<T> ByCursorString<TPage, T>(
        Func<string?, CancellationToken, Task<TPage>> fetchPage, Func<TPage, IReadOnlyList<T>> items, Func<TPage, string?> cursorString, CancellationToken callToken) =>
        AsyncPageable.ByCursor<T>(
            async (cursor, token) =>
            {
                var page = await fetchPage(cursor, token).ConfigureAwait(false);
                return (items(page), cursorString(page));
            },
            callToken);
}
