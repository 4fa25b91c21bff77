namespace Guildhall.Osu.Json.Envelopes;

/// <summary>The body of <c>POST /forums/topics</c>, with the poll under <c>forum_topic_poll</c> as the server reads it.</summary>
internal sealed record ForumTopicBody(long ForumId, string Title, string Body, bool WithPoll, ForumPollBody? ForumTopicPoll);
