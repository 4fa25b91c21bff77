using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A count for one month (play counts, replays watched).</summary>
[JsonConverter(typeof(WireModelConverter<UserMonthlyCount>))]
public sealed partial record UserMonthlyCount
{
    /// <summary>The first day of the month (the API sends a date without time).</summary>
    public DateTimeOffset StartDate { get; init; }

    /// <summary>The count.</summary>
    public long Count { get; init; }
}
