namespace Guildhall.Core.Paging;

/// <summary>One page of a paged list.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The page's items.</param>
/// <param name="ContinuationToken">What fetches the next page (a cursor, an offset, a page number), or <see langword="null"/> on the last page.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, string? ContinuationToken);
