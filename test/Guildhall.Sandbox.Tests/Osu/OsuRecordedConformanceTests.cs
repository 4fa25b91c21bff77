using System.Net;
using System.Text.Json.Nodes;
using Guildhall.Sandbox.Osu;
using Guildhall.Testing;

namespace Guildhall.Sandbox.Tests.Osu;

/// <summary>
/// Conformance with the real API: the sandbox's osu! answers carry every field of the recorded real responses, with the
/// same JSON kinds, in every element of every list (each held to what all recorded elements of that list share), and
/// (where the real API's order is part of the contract) the same key order; its error bodies are the recorded ones. The
/// recordings live beside the repository, not in it: these tests are skipped where they are missing and required in CI.
/// The behaviour of each route is tested, with the sandbox's own data, in the route test classes.
/// </summary>
public sealed class OsuRecordedConformanceTests(OsuSharedHost shared) : IClassFixture<OsuSharedHost>
{
    private static readonly string Me = OsuSandboxCredentials.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture);
    private static readonly string Featured = $"osu/api/v2/beatmaps/{OsuSandboxSeed.FeaturedBeatmapId}";
    private static readonly string FeaturedSet = $"osu/api/v2/beatmapsets/{OsuSandboxSeed.FeaturedBeatmapsetId}";
    private static readonly string Room = $"osu/api/v2/rooms/{OsuSandboxCommunitySeed.RoomId}";
    private static readonly string Match = $"osu/api/v2/matches/{OsuSandboxCommunitySeed.MatchId}";

    /// <summary>Each sandbox answer (or part of one) and the recording (or part) it must match.</summary>
    private static readonly Dictionary<string, ShapeCase> Shapes = new(StringComparer.Ordinal)
    {
        ["me"] = new(s => Get(s, "osu/api/v2/me", user: true), "get_me_200", SameKeyOrder: true),
        ["user"] = new(s => Get(s, OsuTestHost.StaffPath), "get_user_200", SameKeyOrder: true),
        ["user by name"] = new(s => Get(s, "osu/api/v2/users/@" + OsuSandboxSeed.StaffUsername), "get_user_200", SameKeyOrder: true),
        ["seeded user"] = new(SeededUserAsync, "get_user_200"),
        ["beatmap"] = new(s => Get(s, Featured), "get_beatmap_200", SameKeyOrder: true),
        ["beatmaps by ids"] = new(async s => (await Get(s, $"osu/api/v2/beatmaps?ids[]={OsuSandboxSeed.FeaturedBeatmapId}"))["beatmaps"]!, "get_beatmap_200", Recorded: EachLike),
        ["beatmap lookup"] = new(s => Get(s, $"osu/api/v2/beatmaps/lookup?id={OsuSandboxSeed.FeaturedBeatmapId}"), "lookup_beatmap_200"),
        ["leaderboard"] = new(s => Get(s, Featured + "/scores"), "get_beatmap_scores_200"),
        ["leaderboard user card"] = new(async s => (await Get(s, Featured + "/scores"))["scores"]![0]!["user"]!, "get_beatmap_scores_200", Recorded: r => r["scores"]![0]!["user"], SameKeyOrder: true),
        ["user beatmap scores"] = new(async s => await Get(s, $"{Featured}/scores/users/{await LeaderAsync(s)}/all"), "get_user_beatmap_scores_200"),
        ["beatmapset"] = new(s => Get(s, FeaturedSet), "get_beatmapset_200", SameKeyOrder: true),
        ["beatmapset lookup"] = new(s => Get(s, $"osu/api/v2/beatmapsets/lookup?beatmap_id={OsuSandboxSeed.FeaturedBeatmapId}"), "lookup_beatmapset_200"),
        ["beatmapset search"] = new(async s => (await Get(s, "osu/api/v2/beatmapsets/search"))["beatmapsets"]!, "search_beatmapsets_200", Recorded: r => r["beatmapsets"]),
        ["legacy score"] = new(s => Get(s, $"osu/api/v2/scores/osu/{OsuSandboxSeed.LegacyScoreId}"), "get_score_200", SameKeyOrder: true),
        ["lazer score"] = new(s => Get(s, $"osu/api/v2/scores/{OsuSandboxSeed.LazerScoreId}", apiVersion: 20220705), "get_score_lazer_200", SameKeyOrder: true),
        ["best scores"] = new(s => Get(s, $"osu/api/v2/users/{Me}/scores/best?limit=5", user: true), "get_user_bests_200"),
        ["pinned scores"] = new(s => Get(s, $"osu/api/v2/users/{Me}/scores/pinned?limit=100", user: true), "get_user_pinned_200"),
        ["profile beatmapsets"] = new(s => Get(s, $"osu/api/v2/users/{Me}/beatmapsets/graveyard"), "get_user_beatmaps_200"),
        ["most played"] = new(s => Get(s, $"osu/api/v2/users/{Me}/beatmapsets/most_played?limit=10"), "get_user_most_played_200"),
        ["kudosu history"] = new(s => Get(s, $"osu/api/v2/users/{Me}/kudosu?limit=100"), "get_user_kudosu_200"),
        ["recent activity"] = new(s => Get(s, $"osu/api/v2/users/{Me}/recent_activity?limit=20"), "get_user_recent_activity_200"),
        ["events"] = new(async s => (await Get(s, "osu/api/v2/events"))["events"]!, "get_user_recent_activity_200"),
        ["wiki search"] = new(async s => (await Get(s, "osu/api/v2/search?query=api"))["wiki_page"]!["data"]!.AsArray().Single(p => p!["path"]!.GetValue<string>() == "osu!api")!, "get_wiki_page_200"),
        ["performance ranking"] = new(async s => (await Get(s, "osu/api/v2/rankings/osu/performance"))["ranking"]!, "get_me_200", Recorded: r => EachLike(r["statistics_rulesets"]!["osu"]!)),
        ["kudosu ranking"] = new(s => Get(s, "osu/api/v2/rankings/kudosu"), "get_rankings_kudosu_200"),
        ["spotlights"] = new(s => Get(s, "osu/api/v2/spotlights"), "get_spotlights_200"),
        ["featured artist tracks"] = new(s => Get(s, "osu/beatmaps/artists/tracks"), "get_featured_tracks_200", SameKeyOrder: true),
        ["exclusive featured artist tracks"] = new(s => Get(s, "osu/beatmaps/artists/tracks?exclusive_only=true"), "get_featured_artists_200"),
        ["seasonal backgrounds"] = new(s => Get(s, "osu/api/v2/seasonal-backgrounds"), "get_seasonal_backgrounds_200", SameKeyOrder: true),
        ["changelog listing"] = new(s => Get(s, "osu/api/v2/changelog"), "get_changelog_listing_200", SameKeyOrder: true),
        ["changelog build"] = new(async s => await Get(s, await SecondBuildPathAsync(s)), "get_changelog_build_200", SameKeyOrder: true),
        ["changelog lookup"] = new(s => Get(s, "osu/api/v2/changelog/lazer"), "lookup_changelog_build_200"),
        ["news listing"] = new(s => Get(s, "osu/api/v2/news"), "get_news_listing_200", SameKeyOrder: true),
        ["news post"] = new(async s => await Get(s, "osu/api/v2/news/" + (await Get(s, "osu/api/v2/news?limit=3"))["news_posts"]![1]!["slug"]!.GetValue<string>()), "get_news_post_200", SameKeyOrder: true),
        ["wiki page"] = new(s => Get(s, "osu/api/v2/wiki/en/Main_page"), "get_wiki_page_200"),
        ["comment"] = new(async s => await Get(s, "osu/api/v2/comments/" + (await Get(s, "osu/api/v2/comments?parent_id=0&sort=old"))["comments"]![1]!["id"]!.GetValue<long>()), "get_comment_200", SameKeyOrder: true),
        ["comment listing"] = new(s => Get(s, "osu/api/v2/comments"), "get_comment_200"),
        ["beatmap packs"] = new(s => Get(s, "osu/api/v2/beatmaps/packs"), "get_beatmap_packs_200", SameKeyOrder: true),
        ["beatmap pack"] = new(s => Get(s, "osu/api/v2/beatmaps/packs/S1", user: true), "get_beatmap_pack_200", SameKeyOrder: true),
        ["beatmapset discussions"] = new(s => Get(s, "osu/api/v2/beatmapsets/discussions"), "get_beatmapset_discussions_200", SameKeyOrder: true),
        ["beatmapset discussion posts"] = new(s => Get(s, "osu/api/v2/beatmapsets/discussions/posts"), "get_beatmapset_discussion_posts_200", SameKeyOrder: true),
        ["beatmapset discussion votes"] = new(s => Get(s, "osu/api/v2/beatmapsets/discussions/votes"), "get_beatmapset_discussion_votes_200", SameKeyOrder: true),
        ["channels"] = new(s => s.Host.JsonAsync(HttpMethod.Get, "osu/api/v2/chat/channels", s.UserToken), "get_channels_200"),
        ["channel"] = new(s => s.Host.JsonAsync(HttpMethod.Get, $"osu/api/v2/chat/channels/{OsuSandboxCommunitySeed.OsuChannelId}", s.UserToken), "get_channel_200", SameKeyOrder: true),
        ["channel messages"] = new(s => s.Host.JsonAsync(HttpMethod.Get, $"osu/api/v2/chat/channels/{OsuSandboxCommunitySeed.OsuChannelId}/messages", s.UserToken), "send_message_200", r => new JsonArray(r.DeepClone())),
        ["ack"] = new(s => s.Host.JsonAsync(HttpMethod.Post, "osu/api/v2/chat/ack", s.UserToken, new JsonObject()), "get_chat_ack_200", SameKeyOrder: true),
        ["join"] = new(s => s.Host.JsonAsync(HttpMethod.Put, $"osu/api/v2/chat/channels/{OsuSandboxCommunitySeed.LobbyChannelId}/users/{OsuCommunityHost.Me}", s.UserToken), "join_channel_200", SameKeyOrder: true),
        ["send message"] = new(s => s.Host.JsonAsync(HttpMethod.Post, $"osu/api/v2/chat/channels/{OsuSandboxCommunitySeed.OsuChannelId}/messages", s.UserToken, new JsonObject { ["message"] = "Test", ["is_action"] = false }), "send_message_200", SameKeyOrder: true),
        ["private message"] = new(s => s.Host.JsonAsync(HttpMethod.Post, "osu/api/v2/chat/new", s.UserToken, new JsonObject { ["target_id"] = OsuSandboxSeed.StaffUserId, ["message"] = "Test" }), "send_private_message_200", SameKeyOrder: true),
        ["create pm channel"] = new(s => s.Host.JsonAsync(HttpMethod.Post, "osu/api/v2/chat/channels", s.UserToken, new JsonObject { ["type"] = "PM", ["target_id"] = OsuSandboxCredentials.BotUserId }), "create_chat_channel_200", SameKeyOrder: true),
        ["forum topic"] = new(s => s.Host.JsonAsync(HttpMethod.Get, $"osu/api/v2/forums/topics/{OsuSandboxCommunitySeed.ForumTopicId}", s.ClientToken), "get_forum_topic_200", SameKeyOrder: true),
        ["create topic"] = new(s => s.Host.JsonAsync(HttpMethod.Post, "osu/api/v2/forums/topics", s.UserToken, new JsonObject { ["forum_id"] = OsuSandboxCommunitySeed.ForumId, ["title"] = "Test topic", ["body"] = "Test body" }), "create_forum_topic_200", SameKeyOrder: true),
        ["reply"] = new(s => s.Host.JsonAsync(HttpMethod.Post, $"osu/api/v2/forums/topics/{OsuSandboxCommunitySeed.ForumTopicId}/reply", s.UserToken, new JsonObject { ["body"] = "Test body" }), "reply_forum_topic_200", SameKeyOrder: true),
        ["edit title"] = new(s => s.Host.JsonAsync(HttpMethod.Put, $"osu/api/v2/forums/topics/{OsuSandboxCommunitySeed.ForumTopicId}", s.UserToken, new JsonObject { ["forum_topic"] = new JsonObject { ["topic_title"] = "Test topic" } }), "edit_forum_topic_title_200", SameKeyOrder: true),
        ["edit post"] = new(EditOwnPostAsync, "edit_forum_post_200", SameKeyOrder: true),
        ["matches"] = new(s => s.Host.JsonAsync(HttpMethod.Get, "osu/api/v2/matches", s.ClientToken), "get_multiplayer_matches_200", SameKeyOrder: true),
        ["matches (older recording)"] = new(s => s.Host.JsonAsync(HttpMethod.Get, "osu/api/v2/matches", s.ClientToken), "get_matches_200"),
        ["match"] = new(s => s.Host.JsonAsync(HttpMethod.Get, Match, s.ClientToken), "get_multiplayer_match_200", SameKeyOrder: true),
        ["match game"] = new(async s => FirstGame(await s.Host.JsonAsync(HttpMethod.Get, Match, s.ClientToken)), "get_multiplayer_match_200", FirstGame, SameKeyOrder: true),
        ["room"] = new(s => s.Host.JsonAsync(HttpMethod.Get, Room, s.UserToken), "get_multiplayer_room_200", SameKeyOrder: true),
        ["room leaderboard"] = new(s => s.Host.JsonAsync(HttpMethod.Get, Room + "/leaderboard", s.ClientToken), "get_multiplayer_leaderboard_200", SameKeyOrder: true),
        ["playlist scores"] = new(s => s.Host.JsonAsync(HttpMethod.Get, $"{Room}/playlist/{OsuSandboxCommunitySeed.PlaylistItemId}/scores", s.ClientToken), "get_multiplayer_scores_200", AnyHitResults, SameKeyOrder: true),
        ["playlist score"] = new(async s => (await s.Host.JsonAsync(HttpMethod.Get, $"{Room}/playlist/{OsuSandboxCommunitySeed.PlaylistItemId}/scores", s.ClientToken))["scores"]![0]!, "get_multiplayer_scores_200", r => AnyHitResults(r)["scores"]![0], SameKeyOrder: true),
    };

    /// <summary>Error answers whose whole body must be the recorded one: sandbox path, status, recording.</summary>
    private static readonly Dictionary<string, (string Path, HttpStatusCode Status, string Recording)> Errors = new(StringComparer.Ordinal)
    {
        ["unknown beatmap"] = ("osu/api/v2/beatmaps/1", HttpStatusCode.NotFound, "get_beatmap_404"),
        ["beatmap id that is not a number"] = ("osu/api/v2/beatmaps/abc", HttpStatusCode.NotFound, "get_beatmap_404"),
        ["attributes of an unknown beatmap"] = ("osu/api/v2/beatmaps/1/attributes", HttpStatusCode.NotFound, "get_beatmap_attributes_404"),
        ["leaderboard of an unknown beatmap"] = ("osu/api/v2/beatmaps/5/scores", HttpStatusCode.NotFound, "get_beatmap_scores_404"),
        ["beatmap lookup miss"] = ("osu/api/v2/beatmaps/lookup?checksum=00000000000000000000000000000000", HttpStatusCode.NotFound, "lookup_beatmap_404"),
        ["unknown beatmapset"] = ("osu/api/v2/beatmapsets/1", HttpStatusCode.NotFound, "get_beatmapset_404"),
        ["beatmapset lookup miss"] = ("osu/api/v2/beatmapsets/lookup?beatmap_id=1", HttpStatusCode.NotFound, "lookup_beatmapset_404"),
        ["unknown ranking type"] = ("osu/api/v2/rankings/osu/global_ranking", HttpStatusCode.NotFound, "get_rankings_404"),
        ["unknown user"] = ("osu/api/v2/users/999999999", HttpStatusCode.NotFound, "get_user_404"),
        ["unknown score"] = ("osu/api/v2/scores/0", HttpStatusCode.NotFound, "get_score_lazer_404"),
        ["unknown beatmap pack"] = ("osu/api/v2/beatmaps/packs/S999999", HttpStatusCode.NotFound, "get_beatmap_pack_404"),
        ["unknown changelog build"] = ("osu/api/v2/changelog/lazer/1999.1.1", HttpStatusCode.NotFound, "get_changelog_build_404"),
        ["changelog lookup miss"] = ("osu/api/v2/changelog/no-such-version", HttpStatusCode.NotFound, "lookup_changelog_build_404"),
        ["unknown comment"] = ("osu/api/v2/comments/1", HttpStatusCode.NotFound, "get_comment_404"),
        ["unknown news post"] = ("osu/api/v2/news/no-such-post", HttpStatusCode.NotFound, "get_news_post_404"),
        ["unknown chat channel"] = ("osu/api/v2/chat/channels/999999", HttpStatusCode.NotFound, "get_channel_404"),
        ["messages of an unknown chat channel"] = ("osu/api/v2/chat/channels/999999/messages", HttpStatusCode.NotFound, "get_channel_messages_404"),
        ["unknown forum topic"] = ("osu/api/v2/forums/topics/999999", HttpStatusCode.NotFound, "get_forum_topic_404"),
        ["unknown match"] = ("osu/api/v2/matches/1", HttpStatusCode.NotFound, "get_multiplayer_match_404"),
        ["unknown room"] = ("osu/api/v2/rooms/1", HttpStatusCode.NotFound, "get_multiplayer_room_404"),
        ["leaderboard of an unknown room"] = ("osu/api/v2/rooms/1/leaderboard", HttpStatusCode.NotFound, "get_multiplayer_leaderboard_404"),
        ["scores of an unknown playlist item"] = ($"osu/api/v2/rooms/{OsuSandboxCommunitySeed.RoomId}/playlist/1/scores", HttpStatusCode.NotFound, "get_multiplayer_scores_404"),
        ["room path mode removed from the server"] = ("osu/api/v2/rooms/owned", HttpStatusCode.NotFound, "get_multiplayer_room_404"),
    };

    public static TheoryData<string> ShapeNames() => [.. Shapes.Keys.Order(StringComparer.Ordinal)];

    public static TheoryData<string> ErrorNames() => [.. Errors.Keys.Order(StringComparer.Ordinal)];

    [RecordingsTheory]
    [MemberData(nameof(ShapeNames))]
    public async Task The_sandbox_answers_in_the_recorded_shape(string name)
    {
        var shape = Shapes[name];

        var actual = await shape.Sandbox(shared);

        OsuJson.AssertConforms(shape.Recording, shape.Recorded, actual, shape.SameKeyOrder);
    }

    [RecordingsTheory]
    [MemberData(nameof(ErrorNames))]
    public async Task Error_bodies_are_the_recorded_ones(string name)
    {
        var (path, status, recording) = Errors[name];

        var body = path.EndsWith("/attributes", StringComparison.Ordinal)
            ? await OsuTestHost.ReadJsonAsync(await shared.Host.PostJsonAsync(path, new JsonObject(), shared.ClientToken))
            : await shared.Host.GetJsonAsync(path, shared.UserToken, status);

        Assert.Equal(OsuJson.Recording(recording).ToJsonString(), body.ToJsonString());
    }

    [RecordingsFact]
    public async Task Difficulty_attributes_have_the_recorded_keys_in_each_ruleset()
    {
        foreach (var (ruleset, recording) in new[] { ("osu", "difficulty_attributes_osu"), ("taiko", "difficulty_attributes_taiko"), ("fruits", "difficulty_attributes_fruits"), ("mania", "difficulty_attributes_mania") })
        {
            var response = await shared.Host.PostJsonAsync(Featured + "/attributes", new JsonObject { ["ruleset"] = ruleset }, shared.ClientToken);
            var attributes = (await OsuTestHost.ReadJsonAsync(response))["attributes"]!;

            Assert.Equal(OsuJson.Keys(OsuJson.Recording(recording)["attributes"]!), OsuJson.Keys(attributes));
        }
    }

    [RecordingsFact]
    public async Task The_featured_set_has_as_many_difficulties_and_converts_as_the_recorded_one()
    {
        var set = await Get(shared, FeaturedSet);
        var recorded = OsuJson.Recording("get_beatmapset_200");

        Assert.Equal(recorded["beatmaps"]!.AsArray().Count, set["beatmaps"]!.AsArray().Count);
        Assert.Equal(recorded["converts"]!.AsArray().Count, set["converts"]!.AsArray().Count);
    }

    [RecordingsFact]
    public async Task Legacy_scores_of_every_ruleset_have_the_recorded_shape_and_hit_counts()
    {
        foreach (var mode in new[] { "osu", "taiko", "fruits", "mania" })
        {
            var recorded = OsuJson.Recording("score_" + mode)[0]!;
            var leader = (await Get(shared, $"osu/api/v2/rankings/{mode}/performance"))["ranking"]![0]!["user"]!["id"]!.GetValue<long>();
            var best = (await Get(shared, $"osu/api/v2/users/{leader}/scores/best?mode={mode}&limit=100")).AsArray();
            var stable = best.First(score => score!["best_id"] is not null)!;

            OsuJson.AssertSameShape(recorded, stable);
            Assert.Equal(
                recorded["statistics"]!.AsObject().Select(count => (count.Key, count.Value is null)),
                stable["statistics"]!.AsObject().Select(count => (count.Key, count.Value is null)));
        }
    }

    [RecordingsFact]
    public async Task A_missing_wiki_page_answers_the_recorded_empty_body()
    {
        using var response = await shared.Host.GetAsync("osu/api/v2/wiki/en/No_such_page/Below", shared.ClientToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(SharedReference.OsuResponse("get_wiki_page_404.json"), await response.Content.ReadAsStringAsync());
    }

    // A build in the middle of its stream, so it has both neighbours as the recorded one does.
    private static async Task<string> SecondBuildPathAsync(OsuSharedHost shared)
    {
        var build = (await Get(shared, "osu/api/v2/changelog?stream=lazer"))["builds"]![1]!;
        return $"osu/api/v2/changelog/lazer/{build["version"]!.GetValue<string>()}";
    }

    // The recorded playlist scores are osu!mania plays; hit result names depend on the ruleset, so only their presence counts.
    private static JsonNode AnyHitResults(JsonNode page)
    {
        var copy = page.DeepClone();
        foreach (var score in copy["scores"]!.AsArray())
        {
            score!["statistics"] = null;
            score["maximum_statistics"] = null;
        }

        return copy;
    }

    private static JsonNode FirstGame(JsonNode match) => match["events"]!.AsArray().First(e => e!["game"] is not null)!["game"]!;

    private static async Task<JsonNode> EditOwnPostAsync(OsuSharedHost shared)
    {
        var reply = await shared.Host.JsonAsync(HttpMethod.Post, $"osu/api/v2/forums/topics/{OsuSandboxCommunitySeed.ForumTopicId}/reply", shared.UserToken, new JsonObject { ["body"] = "draft" });
        return await shared.Host.JsonAsync(HttpMethod.Put, $"osu/api/v2/forums/posts/{reply["id"]}", shared.UserToken, new JsonObject { ["body"] = "Test body" });
    }

    /// <summary>A one-element array of <paramref name="recorded"/>, so every element of the sandbox's list is held to it.</summary>
    private static JsonNode EachLike(JsonNode recorded) => new JsonArray(recorded.DeepClone());

    private static Task<JsonNode> Get(OsuSharedHost shared, string path, bool user = false, int? apiVersion = null) =>
        shared.Host.GetJsonAsync(path, user ? shared.UserToken : shared.ClientToken, apiVersion: apiVersion);

    private static async Task<long> LeaderAsync(OsuSharedHost shared) =>
        (await Get(shared, Featured + "/scores"))["scores"]![0]!["user_id"]!.GetValue<long>();

    // A user seeded through the admin route gets a full profile like the seeded ones.
    private static async Task<JsonNode> SeededUserAsync(OsuSharedHost shared)
    {
        var name = "Conformance " + Guid.NewGuid().ToString("N")[..8];
        var created = await shared.Host.PostJsonAsync("_sandbox/osu/users", new JsonObject { ["username"] = name, ["country_code"] = "NL", ["playmode"] = "mania" });
        var id = (await OsuTestHost.ReadJsonAsync(created))["id"]!.GetValue<long>();
        return await Get(shared, $"osu/api/v2/users/{id}");
    }

    /// <summary>How to get a sandbox answer and which part of which recording it must match.</summary>
    private sealed record ShapeCase(Func<OsuSharedHost, Task<JsonNode>> Sandbox, string Recording, Func<JsonNode, JsonNode?>? Recorded = null, bool SameKeyOrder = false);
}
