using System.Globalization;
using Guildhall.Core.Paging;

namespace Guildhall.Osu.Internal;

/// <summary>
/// The three ways osu! pages lists, as <see cref="AsyncPageable{T}"/>s. Each page request honours both the token given
/// when the list was asked for and the one given to the enumeration.
/// </summary>
internal static class OsuPaging
{
    /// <summary>
    /// <c>limit</c>/<c>offset</c> lists (user scores, beatmapsets, kudosu...): the continuation token is the next offset;
    /// a page shorter than <paramref name="pageSize"/> is the last.
    /// </summary>
    public static AsyncPageable<T> ByOffset<T>(int startOffset, int pageSize, Func<int, int, CancellationToken, Task<IReadOnlyList<T>>> fetch, CancellationToken callToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(startOffset);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, 100);
        return AsyncPageable.Create<T>(
            async (token, cancellationToken) =>
            {
                var offset = token is null ? startOffset : ParseToken(token);
                var items = await fetch(offset, pageSize, cancellationToken).ConfigureAwait(false);
                var next = items.Count < pageSize ? null : (offset + items.Count).ToString(CultureInfo.InvariantCulture);
                return new Page<T>(items, next);
            },
            callToken);
    }

    /// <summary><c>cursor_string</c> lists (beatmapset search, rankings, events): the token is the cursor string.</summary>
    public static AsyncPageable<T> ByCursor<T>(Func<string?, CancellationToken, Task<(IReadOnlyList<T> Items, string? Cursor)>> fetch, CancellationToken callToken) =>
        AsyncPageable.Create<T>(
            async (token, cancellationToken) =>
            {
                var (items, cursor) = await fetch(token, cancellationToken).ConfigureAwait(false);
                return new Page<T>(items, items.Count == 0 || string.IsNullOrEmpty(cursor) ? null : cursor);
            },
            callToken);

    /// <summary>
    /// <c>page</c> lists (kudosu ranking, site search). The fetch gets the page number (from 1) and how many items came
    /// before it, and says whether more follow; the continuation token carries both as <c>page:seen</c>.
    /// </summary>
    public static AsyncPageable<T> ByPageNumber<T>(Func<int, long, CancellationToken, Task<(IReadOnlyList<T> Items, bool HasMore)>> fetch, CancellationToken callToken) =>
        AsyncPageable.Create<T>(
            async (token, cancellationToken) =>
            {
                var (page, seen) = token is null ? (1, 0L) : ParsePageToken(token);
                var (items, hasMore) = await fetch(page, seen, cancellationToken).ConfigureAwait(false);
                var next = hasMore && items.Count > 0
                    ? string.Create(CultureInfo.InvariantCulture, $"{page + 1}:{seen + items.Count}")
                    : null;
                return new Page<T>(items, next);
            },
            callToken);

    private static (int Page, long Seen) ParsePageToken(string token)
    {
        var separator = token.IndexOf(':', StringComparison.Ordinal);
        return separator > 0
            && int.TryParse(token.AsSpan(0, separator), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1
            && long.TryParse(token.AsSpan(separator + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var seen)
            ? (page, seen)
            : throw new ArgumentException($"\"{token}\" is not a continuation token of this list.", nameof(token));
    }

    private static int ParseToken(string token) =>
        int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ArgumentException($"\"{token}\" is not a continuation token of this list.", nameof(token));
}
