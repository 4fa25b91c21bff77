namespace Guildhall.Sandbox.Osu.State;

/// <summary>A stored forum post; its BBCode is the truth, the HTML is rendered when shown.</summary>
internal sealed class OsuForumPost
{
    public required long Id { get; init; }

    public required long TopicId { get; init; }

    public required long ForumId { get; init; }

    public required long UserId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required string Raw { get; set; }

    public DateTimeOffset? EditedAt { get; set; }

    public long? EditedById { get; set; }
}
