using System.Net;
using Guildhall.Sandbox.Osu.State;

namespace Guildhall.Sandbox.Osu.Wire;

/// <summary>Writes forum topics and posts as osu-web's <c>Forum\TopicTransformer</c> and <c>Forum\PostTransformer</c> do.</summary>
internal static class OsuForumPresenter
{
    public static JsonObject Topic(OsuForumTopic topic) => new()
    {
        ["created_at"] = OsuJsonTime.Offset(topic.CreatedAt),
        ["deleted_at"] = null,
        ["first_post_id"] = topic.Posts[0].Id,
        ["forum_id"] = topic.ForumId,
        ["id"] = topic.Id,
        ["is_locked"] = topic.IsLocked,
        ["last_post_id"] = topic.Posts[^1].Id,
        ["post_count"] = topic.Posts.Count,
        ["title"] = topic.Title,
        ["type"] = "normal",
        ["updated_at"] = OsuJsonTime.Offset(topic.UpdatedAt),
        ["user_id"] = topic.UserId,
        ["views"] = topic.Views,
        ["poll"] = topic.Poll?.DeepClone(),
    };

    public static JsonObject Post(OsuForumPost post) => new()
    {
        ["created_at"] = OsuJsonTime.Offset(post.CreatedAt),
        ["deleted_at"] = null,
        ["edited_at"] = post.EditedAt is { } edited ? OsuJsonTime.Offset(edited) : null,
        ["edited_by_id"] = post.EditedById,
        ["forum_id"] = post.ForumId,
        ["id"] = post.Id,
        ["topic_id"] = post.TopicId,
        ["user_id"] = post.UserId,
        ["body"] = new JsonObject { ["html"] = Html(post.Raw), ["raw"] = post.Raw },
    };

    /// <summary>A poll as the topic carries it, just opened.</summary>
    public static JsonObject Poll(string title, IReadOnlyList<string> options, int maxVotes, bool voteChange, bool hideResults, DateTimeOffset now, int? lengthDays) => new()
    {
        ["allow_vote_change"] = voteChange,
        ["ended_at"] = lengthDays is > 0 ? OsuJsonTime.Offset(now.AddDays(lengthDays.Value)) : null,
        ["hide_incomplete_results"] = hideResults,
        ["last_vote_at"] = null,
        ["max_votes"] = maxVotes,
        ["options"] = new JsonArray([.. options.Select((text, i) => (JsonNode)new JsonObject { ["id"] = i, ["text"] = Text(text), ["vote_count"] = 0 })]),
        ["started_at"] = OsuJsonTime.Offset(now),
        ["title"] = Text(title),
        ["total_vote_count"] = 0,
    };

    private static JsonObject Text(string bbcode) => new() { ["bbcode"] = bbcode, ["html"] = WebUtility.HtmlEncode(bbcode) };

    // Enough BBCode for the seeded posts: bold, then osu-web's wrapper.
    private static string Html(string raw) =>
        "<div class='bbcode'>" + WebUtility.HtmlEncode(raw).Replace("[b]", "<strong>", StringComparison.Ordinal).Replace("[/b]", "</strong>", StringComparison.Ordinal).Replace("\n", "<br />", StringComparison.Ordinal) + "</div>";
}
