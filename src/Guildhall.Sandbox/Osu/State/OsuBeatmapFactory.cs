
namespace Guildhall.Sandbox.Osu.State;

/// <summary>
/// Builds a difficulty with every field any response shows for it (the base fields plus <c>max_combo</c>,
/// <c>failtimes</c>, <c>owners</c>, <c>top_tag_ids</c>): settings and object counts that fit its ruleset and star
/// rating, play counts and a stand-in checksum derived from its id.
/// </summary>
internal static class OsuBeatmapFactory
{
    /// <summary>A difficulty of the set whose compact and base fields are <paramref name="set"/>, lasting <paramref name="length"/> seconds.</summary>
    public static OsuBeatmap Create(JsonObject set, OsuDifficultyPlan plan, int length)
    {
        var id = plan.Id;
        var stars = plan.Stars;
        var (cs, ar, od, hp) = Settings(plan.RulesetId, stars, id, set["id"]!.ToInt64());
        var (circles, sliders, spinners) = ObjectCounts(plan.RulesetId, stars, length, (int)cs);
        var ranked = set["ranked"]!.ToInt32();
        var playcount = ranked > 0 ? OsuDeterministic.Between(2_000, 900_000, id, 1) : OsuDeterministic.Between(0, 3_000, id, 1);
        var data = new JsonObject
        {
            ["beatmapset_id"] = set["id"]!.DeepClone(),
            ["difficulty_rating"] = Math.Round(stars, 2),
            ["id"] = id,
            ["lazer_only"] = false,
            ["mode"] = OsuRuleset.Name(plan.RulesetId),
            ["status"] = set["status"]!.DeepClone(),
            ["total_length"] = length,
            ["user_id"] = plan.Owners[0].Id,
            ["version"] = plan.Version,
            ["accuracy"] = od,
            ["ar"] = ar,
            ["bpm"] = set["bpm"]!.DeepClone(),
            ["convert"] = false,
            ["count_circles"] = circles,
            ["count_sliders"] = sliders,
            ["count_spinners"] = spinners,
            ["cs"] = cs,
            ["deleted_at"] = null,
            ["drain"] = hp,
            ["hit_length"] = Math.Max(1, length - OsuDeterministic.Between(0, 12, id, 2)),
            ["is_scoreable"] = ranked > 0,
            ["last_updated"] = set["last_updated"]!.DeepClone(),
            ["mode_int"] = plan.RulesetId,
            ["passcount"] = (int)(playcount * (0.35 - Math.Min(0.3, stars * 0.03))),
            ["playcount"] = playcount,
            ["ranked"] = ranked,
            ["url"] = $"https://osu.ppy.sh/beatmaps/{id}",
            ["checksum"] = Checksum(id),
            ["max_combo"] = MaxCombo(plan.RulesetId, circles, sliders, spinners),
            ["failtimes"] = Failtimes(id, playcount),
            ["owners"] = new JsonArray([.. plan.Owners.Select(o => (JsonNode)new JsonObject { ["id"] = o.Id, ["username"] = o.Username })]),
            ["top_tag_ids"] = new JsonArray([.. plan.TopTags.Select((tag, i) => (JsonNode)new JsonObject
            {
                ["tag_id"] = OsuBeatmapTags.IdOf(tag),
                ["count"] = OsuDeterministic.Between(3, 40, id, 3 + i),
            })]),
        };
        return new OsuBeatmap
        {
            Id = id,
            BeatmapsetId = set["id"]!.ToInt64(),
            RulesetId = plan.RulesetId,
            Checksum = data["checksum"]!.GetValue<string>(),
            Filename = Filename(set, data),
            Data = data,
        };
    }

    /// <summary>Real checksums are the MD5 of the .osu file; a seeded map has no file, so 32 stable hex digits stand in.</summary>
    public static string Checksum(long beatmapId) => OsuDeterministic.Hex(32, beatmapId, 1);

    /// <summary>The .osu file name, as <c>/beatmaps/lookup?filename=</c> matches it.</summary>
    public static string Filename(JsonObject set, JsonObject beatmap) =>
        $"{set["artist"]} - {set["title"]} ({set["creator"]}) [{beatmap["version"]}].osu";

    /// <summary>The key count (circle size) of the mania difficulties of a set: 4 or 7.</summary>
    public static int ManiaKeys(long beatmapsetId) => OsuDeterministic.Unit(beatmapsetId, 50) < 0.6 ? 4 : 7;

    /// <summary>One hundred buckets of fails and of retries along the map; the first few stay empty as on real maps.</summary>
    public static JsonObject Failtimes(long beatmapId, long playcount)
    {
        var fail = new JsonArray();
        var exit = new JsonArray();
        var scale = Math.Max(1, playcount / 400);
        for (var i = 0; i < 100; i++)
        {
            fail.Add((JsonNode)(i < 5 ? 0 : (int)(OsuDeterministic.Unit(beatmapId, i, 1) * scale)));
            exit.Add((JsonNode)(i < 3 ? 0 : (int)(OsuDeterministic.Unit(beatmapId, i, 2) * scale)));
        }

        return new JsonObject { ["fail"] = fail, ["exit"] = exit };
    }

    // Circle size (key count in mania), approach rate, overall difficulty and HP drain, to one decimal, rising with the stars.
    private static (double Cs, double Ar, double Od, double Hp) Settings(int rulesetId, double stars, long id, long setId)
    {
        double Round(double value) => Math.Round(Math.Clamp(value, 0, 10), 1);
        var jitter = OsuDeterministic.Unit(id, 4) - 0.5;
        return rulesetId switch
        {
            0 => (Round(3.2 + stars * 0.15 + jitter), Round(4.5 + stars * 0.7), Round(3.5 + stars * 0.75 + jitter), Round(2.5 + stars * 0.6)),
            1 => (5, 5, Round(4 + stars * 0.6), Round(4 + stars * 0.45)),
            2 => (Round(3 + stars * 0.25 + jitter), Round(6 + stars * 0.45), Round(5.5 + stars * 0.4), Round(3 + stars * 0.5)),
            _ => (ManiaKeys(setId), 5, Round(6.5 + stars * 0.3), Round(7 + stars * 0.2)),
        };
    }

    // Circles, sliders and spinners (notes, long notes in mania; hits, drum rolls, swells in taiko; fruits, juice streams, bananas in catch).
    private static (int Circles, int Sliders, int Spinners) ObjectCounts(int rulesetId, double stars, int length, int keys) => rulesetId switch
    {
        0 => ((int)(length * (0.6 + stars * 0.22)), (int)(length * (0.45 + stars * 0.04)), OsuDeterministic.Between(0, 2, length, (long)(stars * 100))),
        1 => ((int)(length * (1.4 + stars * 0.4)), (int)(length * 0.03), OsuDeterministic.Between(0, 3, length, (long)(stars * 100))),
        2 => ((int)(length * (0.55 + stars * 0.2)), (int)(length * 0.45), OsuDeterministic.Between(0, 2, length, (long)(stars * 100))),
        _ => ((int)(length * (1.8 + stars * 0.9) * keys / 4), (int)(length * 0.3), 0),
    };

    // Sliders give combo for their head, ticks and end; only hits count in taiko.
    private static int MaxCombo(int rulesetId, int circles, int sliders, int spinners) => rulesetId switch
    {
        1 => circles,
        3 => circles + (sliders * 2),
        _ => circles + (sliders * 3) + spinners,
    };
}
