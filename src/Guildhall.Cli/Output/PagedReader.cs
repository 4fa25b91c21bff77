using Guildhall.Core.Paging;

namespace Guildhall.Cli.Output;

/// <summary>
/// Reads a paged list for a command, page by page, and tells the command's progress how many items it holds after each
/// page: beside the spinner on a terminal, as a line per page when <c>GUILDHALL_PROGRESS=always</c> asks for progress
/// elsewhere, and not at all otherwise. Every command that walks pages reads them here, so they all report alike.
/// </summary>
internal static class PagedReader
{
    /// <summary>Reads up to <paramref name="max"/> items, counted as <c>items</c>.</summary>
    /// <param name="pageable">The list.</param>
    /// <param name="max">The most items to keep; reading stops at the page that reaches it.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    public static Task<IReadOnlyList<T>> ReadAsync<T>(AsyncPageable<T> pageable, int max, CancellationToken cancellationToken) =>
        ReadAsync(pageable, max, "items", cancellationToken);

    /// <summary>Reads up to <paramref name="max"/> items.</summary>
    /// <param name="pageable">The list.</param>
    /// <param name="max">The most items to keep; reading stops at the page that reaches it.</param>
    /// <param name="what">What the items are, plural, for the count (for example <c>votes</c>).</param>
    /// <param name="cancellationToken">Stops reading.</param>
    public static async Task<IReadOnlyList<T>> ReadAsync<T>(AsyncPageable<T> pageable, int max, string what, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        if (max <= 0)
        {
            return items;
        }

        await foreach (var page in pageable.AsPages(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            items.AddRange(page.Items.Take(max - items.Count));
            CommandProgress.Current?.Count(items.Count, what);
            if (items.Count >= max)
            {
                break;
            }
        }

        return items;
    }
}
