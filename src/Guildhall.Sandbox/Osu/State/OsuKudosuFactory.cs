
namespace Guildhall.Sandbox.Osu.State;

/// <summary>Kudosu history entries (<c>/users/{id}/kudosu</c>) in the <c>KudosuHistory</c> shape.</summary>
internal static class OsuKudosuFactory
{
    /// <summary>
    /// One kudosu from a vote on the user's post in a beatmap discussion. Votes have no giver; the post is named after
    /// the discussed difficulty.
    /// </summary>
    public static JsonObject Vote(long id, DateTimeOffset createdAt, OsuBeatmapset set, OsuBeatmap beatmap, long discussionId) => new()
    {
        ["id"] = id,
        ["action"] = "vote.give",
        ["amount"] = 1,
        ["model"] = "beatmap_discussion",
        ["created_at"] = OsuJsonTime.Offset(createdAt),
        ["giver"] = null,
        ["post"] = new JsonObject
        {
            ["url"] = $"https://osu.ppy.sh/beatmapsets/discussions/{discussionId}",
            ["title"] = $"{set.Title} [{beatmap.Version}]",
        },
        ["details"] = new JsonObject { ["event"] = "vote" },
    };
}
