using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>The matches of one kind in a site search.</summary>
/// <typeparam name="T"><see cref="User"/> or <see cref="WikiPage"/>.</typeparam>
[WireModel]
public sealed partial record SearchResultSet<T>
{
    /// <summary>The matches on this page.</summary>
    public IReadOnlyList<T> Data { get => field ?? []; init; }

    /// <summary>How many match in total.</summary>
    public long Total { get; init; }
}
