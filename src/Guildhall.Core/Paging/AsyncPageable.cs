using System.Runtime.CompilerServices;

namespace Guildhall.Core.Paging;

/// <summary>
/// A list the API serves in pages: <c>await foreach</c> over it yields every item, fetching pages only as they are
/// needed; <see cref="AsPages"/> yields whole pages and can resume from a saved continuation token.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public abstract class AsyncPageable<T> : IAsyncEnumerable<T>
{
    /// <summary>Yields the pages, starting at <paramref name="continuationToken"/> (or the first page).</summary>
    /// <param name="continuationToken">A token from an earlier <see cref="Page{T}"/>, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <exception cref="ArgumentException">
    /// The continuation token is not one of this list's (<see cref="ArgumentException.ParamName"/> is <c>continuationToken</c>).
    /// </exception>
    public abstract IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null, CancellationToken cancellationToken = default);

    /// <summary>Yields every item of every page.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public virtual async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (var page in AsPages(null, cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.Items)
            {
                yield return item;
            }
        }
    }
}

/// <summary>
/// Creates every <see cref="AsyncPageable{T}"/> of the Guildhall clients from a function that fetches one page, so all
/// of them walk, resume and stop alike: a page without items ends the walk (it is yielded, without a continuation token,
/// only when it is the first page, so <see cref="AsyncPageable{T}.AsPages"/> always yields one), a continuation token that does not move
/// ends it too, and a token that is not the list's throws an <see cref="ArgumentException"/> whose
/// <see cref="ArgumentException.ParamName"/> is <c>continuationToken</c>. Lists that take the caller's
/// <see cref="CancellationToken"/> honour it and the enumeration's on every page request.
/// </summary>
public static class AsyncPageable
{
    /// <summary>
    /// A pageable that calls <paramref name="fetchPage"/> with the previous page's continuation token until a page
    /// comes back without one.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="fetchPage">Fetches the page for a token (<see langword="null"/> for the first page).</param>
    public static AsyncPageable<T> Create<T>(Func<string?, CancellationToken, Task<Page<T>>> fetchPage)
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        return new FunctionPageable<T>(fetchPage);
    }

    /// <summary>
    /// The same, for a list asked for with a token of its own: every page request honours both
    /// <paramref name="callToken"/> (given when the list was asked for) and the token given to the enumeration, and a
    /// walk cancelled between pages sends nothing more.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="fetchPage">Fetches the page for a token (<see langword="null"/> for the first page).</param>
    /// <param name="callToken">The token the caller gave the method that returned the list.</param>
    public static AsyncPageable<T> Create<T>(Func<string?, CancellationToken, Task<Page<T>>> fetchPage, CancellationToken callToken)
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        return new FunctionPageable<T>(async (token, pageToken) =>
        {
            if (!callToken.CanBeCanceled)
            {
                pageToken.ThrowIfCancellationRequested();
                return await fetchPage(token, pageToken).ConfigureAwait(false);
            }

            using var linked = CancellationTokenSource.CreateLinkedTokenSource(callToken, pageToken);
            linked.Token.ThrowIfCancellationRequested();
            return await fetchPage(token, linked.Token).ConfigureAwait(false);
        });
    }

    /// <summary>
    /// A list addressed by a number: an offset (<c>offset=100</c>) or a page number (<c>page=3</c>). The continuation
    /// token is the next number in decimal.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="first">The number of the first page (an offset, or the first page number).</param>
    /// <param name="fetchPage">Fetches the page at a number; returns its items and the next page's number, or <see langword="null"/> on the last page.</param>
    /// <param name="callToken">The token the caller gave the method that returned the list.</param>
    public static AsyncPageable<T> ByPosition<T>(int first, Func<int, CancellationToken, Task<(IReadOnlyList<T> Items, int? Next)>> fetchPage, CancellationToken callToken)
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        return Create<T>(
            async (token, cancellationToken) =>
            {
                var (items, next) = await fetchPage(token is null ? first : ContinuationToken.ParsePosition(token), cancellationToken).ConfigureAwait(false);
                return new Page<T>(items, ContinuationToken.FromPosition(next));
            },
            callToken);
    }

    /// <summary>A list addressed by an opaque cursor the API returns with each page; the continuation token is that cursor.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="fetchPage">Fetches the page at a cursor (<see langword="null"/> for the first); returns its items and the next cursor, empty or <see langword="null"/> on the last page.</param>
    /// <param name="callToken">The token the caller gave the method that returned the list.</param>
    public static AsyncPageable<T> ByCursor<T>(Func<string?, CancellationToken, Task<(IReadOnlyList<T> Items, string? Cursor)>> fetchPage, CancellationToken callToken)
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        return Create<T>(
            async (token, cancellationToken) =>
            {
                if (token is { Length: 0 })
                {
                    throw ContinuationToken.Invalid(token, "a cursor the API returned");
                }

                var (items, cursor) = await fetchPage(token, cancellationToken).ConfigureAwait(false);
                return new Page<T>(items, string.IsNullOrEmpty(cursor) ? null : cursor);
            },
            callToken);
    }

    private sealed class FunctionPageable<T>(Func<string?, CancellationToken, Task<Page<T>>> fetchPage) : AsyncPageable<T>
    {
        public override async IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            var token = continuationToken;
            var first = true;
            do
            {
                var page = await fetchPage(token, cancellationToken).ConfigureAwait(false);
                if (page.Items.Count == 0)
                {
                    // The list ran out (exactly at the previous page's end, when there was one): nothing follows.
                    if (first)
                    {
                        yield return page with { ContinuationToken = null };
                    }

                    yield break;
                }

                yield return page;
                first = false;

                // A token that does not move would loop forever; treat it as the end.
                token = page.ContinuationToken == token ? null : page.ContinuationToken;
            }
            while (token is not null);
        }
    }
}
