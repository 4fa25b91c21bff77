namespace Guildhall.Sandbox.Osu.State;

/// <summary>A stored forum topic with its posts (oldest first) and its poll in the API's shape, if it has one.</summary>
internal sealed class OsuForumTopic
{
    public required long Id { get; init; }

    public required long ForumId { get; init; }

    public required long UserId { get; init; }

    public required string Title { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public bool IsLocked { get; init; }

    public long Views { get; set; }

    public JsonObject? Poll { get; init; }

    public List<OsuForumPost> Posts { get; } = [];
}
