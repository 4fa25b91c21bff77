using Guildhall.Osu.Models;

namespace Guildhall.Osu.Queries;

/// <summary>Which beatmapset events to list (<c>GET /beatmapsets/events</c>).</summary>
public sealed record BeatmapsetEventsQuery
{
    /// <summary>Only events caused by this user.</summary>
    public long? UserId { get; init; }

    /// <summary>Only events of this beatmapset.</summary>
    public long? BeatmapsetId { get; init; }

    /// <summary>Only these kinds; empty for all.</summary>
    public IReadOnlyList<BeatmapsetEventType> Types { get; init; } = [];

    /// <summary>Only events on or after this day.</summary>
    public DateOnly? MinDate { get; init; }

    /// <summary>Only events on or before this day.</summary>
    public DateOnly? MaxDate { get; init; }

    /// <summary>Events per request (5 to 50). Default 50.</summary>
    public int PageSize { get; init; } = 50;
}
