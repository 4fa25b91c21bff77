namespace Guildhall.Osu.Json.Envelopes;

/// <summary>The <c>forum_topic</c> member of a title edit.</summary>
internal sealed record ForumTitleFields(string TopicTitle);
