
namespace Guildhall.Sandbox.Osu.State;

/// <summary>
/// Builds seeded beatmapsets: from a plan (every compact, base and full-set field, and the difficulties through
/// <see cref="OsuBeatmapFactory"/>), and sets of other statuses (graveyard, pending...) derived from ranked ones.
/// </summary>
internal static class OsuBeatmapsetFactory
{
    private static readonly string[] CoverNames = ["cover", "cover@2x", "card", "card@2x", "list", "list@2x", "slimcover", "slimcover@2x"];

    /// <summary>The set described by <paramref name="plan"/>, its difficulties in the plan's order.</summary>
    public static OsuBeatmapset Create(OsuBeatmapsetPlan plan)
    {
        var id = plan.Id;
        var ranked = RankedValue(plan.Status);
        var lastUpdated = plan.RankedDate.AddDays(-OsuDeterministic.Between(7, 40, id, 1)).AddMinutes(OsuDeterministic.Between(0, 1440, id, 2));
        var bpm = plan.Difficulties[0].RulesetId == 1 || OsuDeterministic.Unit(id, 3) < 0.7
            ? OsuDeterministic.Between(90, 240, id, 4)
            : Math.Round(90 + (OsuDeterministic.Unit(id, 5) * 150), 2);
        var length = OsuDeterministic.Between(75, 330, id, 6);
        var data = new JsonObject
        {
            ["anime_cover"] = plan.GenreId == 3,
            ["artist"] = plan.Artist,
            ["artist_unicode"] = plan.Artist,
            ["covers"] = Covers(id, lastUpdated),
            ["creator"] = plan.Creator.Username,
            ["favourite_count"] = ranked > 0 ? OsuDeterministic.Between(20, 6_000, id, 7) : OsuDeterministic.Between(0, 40, id, 7),
            ["genre_id"] = plan.GenreId,
            ["hype"] = null,
            ["id"] = id,
            ["language_id"] = plan.LanguageId,
            ["nsfw"] = plan.Nsfw,
            ["offset"] = 0,
            ["play_count"] = 0,
            ["preview_url"] = $"https://b.ppy.sh/preview/{id}.mp3",
            ["source"] = plan.Source,
            ["spotlight"] = plan.Spotlight,
            ["status"] = plan.Status,
            ["title"] = plan.Title,
            ["title_unicode"] = plan.Title,
            ["track_id"] = plan.TrackId,
            ["user_id"] = plan.Creator.Id,
            ["video"] = plan.Video,
            ["bpm"] = bpm,
            ["can_be_hyped"] = false,
            ["deleted_at"] = null,
            ["discussion_enabled"] = true,
            ["discussion_locked"] = false,
            ["is_scoreable"] = ranked > 0,
            ["last_updated"] = OsuJsonTime.Zulu(lastUpdated),
            ["legacy_thread_url"] = LegacyThreadUrl(id),
            ["nominations_summary"] = NominationsSummary(plan.Nominators.Count, OsuRuleset.Name(plan.Difficulties[0].RulesetId)),
            ["ranked"] = ranked,
            ["ranked_date"] = ranked > 0 ? OsuJsonTime.Zulu(plan.RankedDate) : null,
            ["rating"] = Math.Round(7 + (OsuDeterministic.Unit(id, 8) * 2.8), 5),
            ["storyboard"] = plan.Storyboard,
            ["submitted_date"] = OsuJsonTime.Zulu(lastUpdated.AddDays(-OsuDeterministic.Between(20, 400, id, 9))),
            ["tags"] = plan.Tags,
            ["availability"] = new JsonObject { ["download_disabled"] = false, ["more_information"] = null },
        };
        var details = Details(id, new JsonArray([.. plan.PackTags.Select(t => (JsonNode)t)]), data["rating"]!.ToDouble());
        details["current_nominations"] = new JsonArray([.. plan.Nominators.Select(n => (JsonNode)new JsonObject
        {
            ["beatmapset_id"] = id,
            ["rulesets"] = null,
            ["reset"] = false,
            ["user_id"] = n.Id,
        })]);
        details["description"] = Description(plan.DescriptionHtml);
        details["related_tags"] = new JsonArray([.. plan.RelatedTags.Select(t => (JsonNode)OsuBeatmapTags.Related(t))]);
        details["version_count"] = OsuDeterministic.Between(1, 4, id, 10);

        var set = new OsuBeatmapset { Id = id, Data = data, Details = details, Beatmaps = [] };
        foreach (var difficulty in plan.Difficulties)
        {
            set.Beatmaps.Add(OsuBeatmapFactory.Create(data, difficulty, length - (int)((3 - Math.Min(3, difficulty.Stars)) * 10)));
        }

        data["play_count"] = set.Beatmaps.Sum(b => b.Data["playcount"]!.ToInt64());
        return set;
    }

    /// <summary>
    /// A new set (new ids) copied from <paramref name="source"/> with another status and owner: how the sandbox gets
    /// graveyard, work-in-progress, pending and qualified sets.
    /// </summary>
    public static OsuBeatmapset Derive(OsuBeatmapset source, long newSetId, long firstBeatmapId, string status, OsuUser owner, DateTimeOffset updated)
    {
        var data = (JsonObject)source.Data.DeepClone();
        var ranked = RankedValue(status);
        data["id"] = newSetId;
        data["title"] = source.Title + " (Sandbox Edit)";
        data["title_unicode"] = data["title"]!.DeepClone();
        data["creator"] = owner.Username;
        data["user_id"] = owner.Id;
        data["status"] = status;
        data["ranked"] = ranked;
        data["ranked_date"] = ranked > 0 ? OsuJsonTime.Zulu(updated) : null;
        data["last_updated"] = OsuJsonTime.Zulu(updated);
        data["submitted_date"] = OsuJsonTime.Zulu(updated.AddDays(-30));
        data["favourite_count"] = OsuDeterministic.Between(0, 40, newSetId);
        data["play_count"] = OsuDeterministic.Between(0, 3000, newSetId, 1);
        data["can_be_hyped"] = status is "pending" or "wip";
        data["hype"] = status is "pending" or "wip" or "qualified"
            ? new JsonObject { ["current"] = OsuDeterministic.Between(0, 5, newSetId, 2), ["required"] = 5 }
            : null;
        data["is_scoreable"] = ranked > 0;
        data["legacy_thread_url"] = LegacyThreadUrl(newSetId);
        data["nominations_summary"] = NominationsSummary(status == "qualified" ? 2 : status == "pending" ? 1 : 0, OsuRuleset.Name(source.Beatmaps[0].RulesetId));
        data["spotlight"] = false;
        data["track_id"] = null;
        data["covers"] = Covers(newSetId, updated);
        data["preview_url"] = $"https://b.ppy.sh/preview/{newSetId}.mp3";
        var set = new OsuBeatmapset
        {
            Id = newSetId,
            Data = data,
            Details = Details(newSetId, new JsonArray(), data["rating"]!.ToDouble()),
            Beatmaps = [],
        };

        var nextId = firstBeatmapId;
        foreach (var original in source.Beatmaps)
        {
            var beatmap = (JsonObject)original.Data.DeepClone();
            beatmap["id"] = nextId;
            beatmap["beatmapset_id"] = newSetId;
            beatmap["user_id"] = owner.Id;
            beatmap["status"] = status;
            beatmap["ranked"] = ranked;
            beatmap["is_scoreable"] = ranked > 0;
            beatmap["last_updated"] = OsuJsonTime.Zulu(updated);
            beatmap["passcount"] = OsuDeterministic.Between(0, 300, nextId);
            beatmap["playcount"] = OsuDeterministic.Between(300, 3000, nextId, 1);
            beatmap["url"] = $"https://osu.ppy.sh/beatmaps/{nextId}";
            beatmap["checksum"] = OsuBeatmapFactory.Checksum(nextId);
            beatmap["failtimes"] = OsuBeatmapFactory.Failtimes(nextId, beatmap["playcount"]!.ToInt64());
            beatmap["owners"] = new JsonArray(new JsonObject { ["id"] = owner.Id, ["username"] = owner.Username });
            beatmap["top_tag_ids"] = new JsonArray();
            set.Beatmaps.Add(new OsuBeatmap
            {
                Id = nextId,
                BeatmapsetId = newSetId,
                RulesetId = original.RulesetId,
                Checksum = beatmap["checksum"]!.GetValue<string>(),
                Filename = OsuBeatmapFactory.Filename(set.Data, beatmap),
                Data = beatmap,
            });
            nextId++;
        }

        return set;
    }

    // The integer twin of a status, as the "ranked" fields carry it.
    private static int RankedValue(string status) => status switch
    {
        "graveyard" => -2,
        "wip" => -1,
        "pending" => 0,
        "ranked" => 1,
        "approved" => 2,
        "qualified" => 3,
        _ => 4,
    };

    private static JsonObject Covers(long setId, DateTimeOffset updated)
    {
        var version = updated.ToUnixTimeSeconds();
        return new JsonObject(CoverNames.Select(name =>
            KeyValuePair.Create(name, (JsonNode?)$"https://assets.ppy.sh/beatmaps/{setId}/covers/{name}.jpg?{version}")));
    }

    private static string LegacyThreadUrl(long setId) => $"https://osu.ppy.sh/community/forums/topics/{setId + 300_000}";

    private static JsonObject Details(long setId, JsonArray packTags, double rating) => new()
    {
        ["current_nominations"] = new JsonArray(),
        ["description"] = Description(""),
        ["pack_tags"] = packTags,
        ["ratings"] = Ratings(setId, rating),
        ["related_tags"] = new JsonArray(),
        ["version_count"] = 0,
    };

    // The description as the website renders it: the mapper's BBCode turned into HTML inside a bbcode block.
    private static JsonObject Description(string html) =>
        new() { ["description"] = $"<div class='bbcode bbcode--normal-line-height'>{html}</div>" };

    private static JsonObject NominationsSummary(int current, string mode) => new()
    {
        ["current"] = current,
        ["eligible_main_rulesets"] = new JsonArray(mode),
        ["required_meta"] = new JsonObject { ["main_ruleset"] = 2, ["non_main_ruleset"] = 1 },
    };

    // Eleven buckets (0..10); the mean of the votes lands near the set's rating.
    private static JsonArray Ratings(long setId, double rating)
    {
        var votes = new JsonArray(0);
        for (var score = 1; score <= 10; score++)
        {
            var closeness = Math.Max(0, 3 - Math.Abs(score - rating));
            votes.Add((JsonNode)((int)(closeness * closeness * 20) + OsuDeterministic.Between(0, 6, setId, score)));
        }

        return votes;
    }
}
