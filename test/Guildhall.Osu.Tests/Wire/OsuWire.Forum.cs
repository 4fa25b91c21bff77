namespace Guildhall.Osu.Tests.Wire;

/// <summary>Forums: a topic page with its cursor, a created topic with a poll, a post.</summary>
internal static partial class OsuWire
{
    /// <summary>A post of topic <paramref name="topicId"/>.</summary>
    public static string ForumPost(long id, long topicId, bool edited = false) => $$"""
        {"created_at":"2026-05-02T10:00:00+00:00","deleted_at":null,"edited_at":{{(edited ? "\"2026-05-03T11:30:00+00:00\"" : "null")}},
         "edited_by_id":{{(edited ? PlayerId.ToString(System.Globalization.CultureInfo.InvariantCulture) : "null")}},"forum_id":74,"id":{{id}},
         "topic_id":{{topicId}},"user_id":{{PlayerId}},"body":{"html":"<div class='bbcode'>post {{id}}<\/div>","raw":"post {{id}}"} }
        """;

    /// <summary>A topic with a poll of three options.</summary>
    public static string ForumTopic(long id, bool withPoll) => $$"""
        {"created_at":"2026-05-02T10:00:00+00:00","deleted_at":null,"first_post_id":{{id * 10}},"forum_id":74,"id":{{id}},
         "is_locked":false,"last_post_id":{{(id * 10) + 4}},"post_count":5,"title":"Harbour cup","type":"normal",
         "updated_at":"2026-05-03T11:30:00+00:00","user_id":{{PlayerId}},"views":88,
         "poll":{{(withPoll ? Poll() : "null")}} }
        """;

    /// <summary>One page of a topic's posts; <paramref name="cursor"/> null on the last page.</summary>
    public static string ForumTopicPage(long topicId, int count, long? cursor) => $$"""
        {"posts":{{Array(count, i => ForumPost((topicId * 10) + i, topicId, edited: i == 1))}},
         "search":{"limit":{{count}},"sort":"id_asc"},"topic":{{ForumTopic(topicId, withPoll: false)}},
         "cursor":{{(cursor is { } c ? $$"""{"id":{{c}} }""" : "null")}},"cursor_string":{{(cursor is { } d ? $"\"owned-{d}\"" : "null")}} }
        """;

    /// <summary>A created topic with its opening post.</summary>
    public static string CreatedTopic() => $$"""{"topic":{{ForumTopic(77, withPoll: true)}},"post":{{ForumPost(770, 77)}} }""";

    private static string Poll() => """
        {"allow_vote_change":true,"ended_at":"2026-05-09T10:00:00+00:00","hide_incomplete_results":false,"last_vote_at":null,
         "max_votes":2,"options":[{"id":0,"text":{"bbcode":"Saturday","html":"Saturday"},"vote_count":0},
         {"id":1,"text":{"bbcode":"Sunday","html":"Sunday"},"vote_count":3}],"started_at":"2026-05-02T10:00:00+00:00",
         "title":{"bbcode":"Which day?","html":"Which day?"},"total_vote_count":3}
        """;
}
