using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>The deprecated cursor object of rankings.</summary>
[JsonConverter(typeof(WireModelConverter<RankingsCursor>))]
public sealed partial record RankingsCursor
{
    /// <summary>The next page, or <see langword="null"/> on the last one.</summary>
    public int? Page { get; init; }
}
