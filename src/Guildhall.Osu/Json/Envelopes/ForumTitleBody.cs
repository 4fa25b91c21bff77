namespace Guildhall.Osu.Json.Envelopes;

/// <summary>The body of <c>PUT /forums/topics/{topic}</c>: <c>forum_topic[topic_title]</c>.</summary>
internal sealed record ForumTitleBody(ForumTitleFields ForumTopic);
