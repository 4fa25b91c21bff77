using Guildhall.Core.Json.Wire;
using Guildhall.Core.Paging;

namespace Guildhall.Polympics.Models;

/// <summary>One page of a search (<c>Paginated</c>).</summary>
/// <typeparam name="T">The item type.</typeparam>
[WireModel]
public sealed partial record PolympicsPage<T>
{
    /// <summary>The page number, from 0.</summary>
    public int Page { get; init; }

    /// <summary>The page size asked for.</summary>
    public int PerPage { get; init; }

    /// <summary>How many pages the search has in all.</summary>
    public int Pages { get; init; }

    /// <summary>How many items the search has in all.</summary>
    public int Results { get; init; }

    /// <summary>The page's items; empty past the last page.</summary>
    public IReadOnlyList<T> Data { get; init => field = value ?? []; } = [];

    /// <summary>Whether a later page exists.</summary>
    public bool HasNextPage => Page + 1 < Pages;

    /// <summary>
    /// The page as Core's <see cref="Page{T}"/>, whose continuation token is the next page number. The walk ends at the
    /// last page the server counts (no extra request for an empty page), or at an empty page if items vanished meanwhile.
    /// </summary>
    public Page<T> ToPage() =>
        new(Data, HasNextPage && Data.Count > 0 ? (Page + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
}
