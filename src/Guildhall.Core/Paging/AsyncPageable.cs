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

/// <summary>Creates <see cref="AsyncPageable{T}"/> instances from a page-fetching function.</summary>
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

    private sealed class FunctionPageable<T>(Func<string?, CancellationToken, Task<Page<T>>> fetchPage) : AsyncPageable<T>
    {
        public override async IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            var token = continuationToken;
            do
            {
                var page = await fetchPage(token, cancellationToken).ConfigureAwait(false);
                yield return page;

                // A token that does not move would loop forever; treat it as the end.
                token = page.ContinuationToken == token ? null : page.ContinuationToken;
            }
            while (token is not null);
        }
    }
}
