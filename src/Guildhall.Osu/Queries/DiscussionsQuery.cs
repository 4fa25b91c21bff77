namespace Guildhall.Osu.Queries;

/// <summary>
/// Which beatmapset discussions to list (<c>GET /beatmapsets/discussions</c>). The user filter is sent as <c>user</c>,
/// which the server reads (aiosu sends <c>user_id</c>, which it ignores).
/// </summary>
public sealed record DiscussionsQuery
{
    /// <summary>Only discussions on this beatmapset.</summary>
    public long? BeatmapsetId { get; init; }

    /// <summary>Only discussions on this difficulty.</summary>
    public long? BeatmapId { get; init; }

    /// <summary>Only discussions started by this user.</summary>
    public long? UserId { get; init; }

    /// <summary>
    /// Only sets in this state: <c>all</c>, <c>ranked</c>, <c>qualified</c>, <c>disqualified</c>, <c>never_qualified</c>
    /// (aiosu's <c>never_ranked</c> does not exist on the server).
    /// </summary>
    public string? BeatmapsetStatus { get; init; }

    /// <summary>Only these kinds: <c>suggestion</c>, <c>problem</c>, <c>mapper_note</c>, <c>praise</c>, <c>hype</c>, <c>review</c>.</summary>
    public IReadOnlyList<string> MessageTypes { get; init; } = [];

    /// <summary>Only unresolved discussions.</summary>
    public bool OnlyUnresolved { get; init; }

    /// <summary>Oldest first instead of newest first.</summary>
    public bool OldestFirst { get; init; }

    /// <summary>Discussions per request (5 to 50). Default 50.</summary>
    public int PageSize { get; init; } = 50;
}
