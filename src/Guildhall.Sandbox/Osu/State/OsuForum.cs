namespace Guildhall.Sandbox.Osu.State;

/// <summary>The forums of the osu! emulator: the forums one may post in, topics and posts. Held under <see cref="OsuWorld.Sync"/>.</summary>
internal sealed class OsuForum
{
    public HashSet<long> Forums { get; } = [];

    public Dictionary<long, OsuForumTopic> Topics { get; } = [];

    public Dictionary<long, OsuForumPost> Posts { get; } = [];

    public long NextTopicId { get; set; } = 1_100;

    public long NextPostId { get; set; } = 20_000;

    public OsuForumTopic AddTopic(long forumId, long userId, string title, DateTimeOffset now, JsonObject? poll = null, bool locked = false, long? id = null)
    {
        var topic = new OsuForumTopic { Id = id ?? NextTopicId++, ForumId = forumId, UserId = userId, Title = title, CreatedAt = now, UpdatedAt = now, Poll = poll, IsLocked = locked };
        Topics[topic.Id] = topic;
        return topic;
    }

    public OsuForumPost Reply(OsuForumTopic topic, long userId, string raw, DateTimeOffset now)
    {
        var post = new OsuForumPost { Id = NextPostId++, TopicId = topic.Id, ForumId = topic.ForumId, UserId = userId, CreatedAt = now, Raw = raw };
        topic.Posts.Add(post);
        topic.UpdatedAt = now;
        Posts[post.Id] = post;
        return post;
    }
}
