using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A user's global rank over the last 90 days, oldest first.</summary>
[JsonConverter(typeof(WireModelConverter<RankHistory>))]
public sealed partial record RankHistory
{
    /// <summary>The mode.</summary>
    public GameMode Mode { get; init; }

    /// <summary>One rank per day (0 where unranked).</summary>
    public IReadOnlyList<int> Data { get => field ?? []; init; }
}
