using System.Net;
using System.Text.Json.Nodes;
using Guildhall.Sandbox.Osu;
using Guildhall.Testing;

namespace Guildhall.Sandbox.Tests.Osu;

/// <summary>
/// Conformance of the chat, forum and multiplayer routes with the recorded real responses: every field with the same
/// JSON kind in every element (key order too where the API's order is part of the contract), and the recorded error
/// bodies. Skipped where the recordings are missing, required in CI.
/// </summary>
public sealed class OsuCommunityConformanceTests(OsuCommunityHost shared) : IClassFixture<OsuCommunityHost>
{
    private static readonly string Room = $"osu/api/v2/rooms/{OsuSandboxCommunitySeed.RoomId}";
    private static readonly string Match = $"osu/api/v2/matches/{OsuSandboxCommunitySeed.MatchId}";

    private static readonly Dictionary<string, Case> Shapes = new(StringComparer.Ordinal)
    {
        ["channels"] = new(s => s.JsonAsync(HttpMethod.Get, "osu/api/v2/chat/channels", s.UserToken), "get_channels_200"),
        ["channel"] = new(s => s.JsonAsync(HttpMethod.Get, $"osu/api/v2/chat/channels/{OsuSandboxCommunitySeed.OsuChannelId}", s.UserToken), "get_channel_200", SameKeyOrder: true),
        ["channel messages"] = new(s => s.JsonAsync(HttpMethod.Get, $"osu/api/v2/chat/channels/{OsuSandboxCommunitySeed.OsuChannelId}/messages", s.UserToken), "send_message_200", r => new JsonArray(r.DeepClone())),
        ["ack"] = new(s => s.JsonAsync(HttpMethod.Post, "osu/api/v2/chat/ack", s.UserToken, new JsonObject()), "get_chat_ack_200", SameKeyOrder: true),
        ["join"] = new(s => s.JsonAsync(HttpMethod.Put, $"osu/api/v2/chat/channels/{OsuSandboxCommunitySeed.LobbyChannelId}/users/{OsuCommunityHost.Me}", s.UserToken), "join_channel_200", SameKeyOrder: true),
        ["send message"] = new(s => s.JsonAsync(HttpMethod.Post, $"osu/api/v2/chat/channels/{OsuSandboxCommunitySeed.OsuChannelId}/messages", s.UserToken, new JsonObject { ["message"] = "Test", ["is_action"] = false }), "send_message_200", SameKeyOrder: true),
        ["private message"] = new(s => s.JsonAsync(HttpMethod.Post, "osu/api/v2/chat/new", s.UserToken, new JsonObject { ["target_id"] = OsuSandboxSeed.StaffUserId, ["message"] = "Test" }), "send_private_message_200", SameKeyOrder: true),
        ["create pm channel"] = new(s => s.JsonAsync(HttpMethod.Post, "osu/api/v2/chat/channels", s.UserToken, new JsonObject { ["type"] = "PM", ["target_id"] = OsuSandboxCredentials.BotUserId }), "create_chat_channel_200", SameKeyOrder: true),
        ["forum topic"] = new(s => s.JsonAsync(HttpMethod.Get, $"osu/api/v2/forums/topics/{OsuSandboxCommunitySeed.ForumTopicId}", s.ClientToken), "get_forum_topic_200", SameKeyOrder: true),
        ["create topic"] = new(s => s.JsonAsync(HttpMethod.Post, "osu/api/v2/forums/topics", s.UserToken, new JsonObject { ["forum_id"] = OsuSandboxCommunitySeed.ForumId, ["title"] = "Test topic", ["body"] = "Test body" }), "create_forum_topic_200", SameKeyOrder: true),
        ["reply"] = new(s => s.JsonAsync(HttpMethod.Post, $"osu/api/v2/forums/topics/{OsuSandboxCommunitySeed.ForumTopicId}/reply", s.UserToken, new JsonObject { ["body"] = "Test body" }), "reply_forum_topic_200", SameKeyOrder: true),
        ["edit title"] = new(s => s.JsonAsync(HttpMethod.Put, $"osu/api/v2/forums/topics/{OsuSandboxCommunitySeed.ForumTopicId}", s.UserToken, new JsonObject { ["forum_topic"] = new JsonObject { ["topic_title"] = "Test topic" } }), "edit_forum_topic_title_200", SameKeyOrder: true),
        ["edit post"] = new(EditOwnPostAsync, "edit_forum_post_200", SameKeyOrder: true),
        ["matches"] = new(s => s.JsonAsync(HttpMethod.Get, "osu/api/v2/matches", s.ClientToken), "get_multiplayer_matches_200", SameKeyOrder: true),
        ["matches (older recording)"] = new(s => s.JsonAsync(HttpMethod.Get, "osu/api/v2/matches", s.ClientToken), "get_matches_200"),
        ["match"] = new(s => s.JsonAsync(HttpMethod.Get, Match, s.ClientToken), "get_multiplayer_match_200", SameKeyOrder: true),
        ["match game"] = new(async s => FirstGame(await s.JsonAsync(HttpMethod.Get, Match, s.ClientToken)), "get_multiplayer_match_200", FirstGame, SameKeyOrder: true),
        ["room"] = new(s => s.JsonAsync(HttpMethod.Get, Room, s.UserToken), "get_multiplayer_room_200", SameKeyOrder: true),
        ["room leaderboard"] = new(s => s.JsonAsync(HttpMethod.Get, Room + "/leaderboard", s.ClientToken), "get_multiplayer_leaderboard_200", SameKeyOrder: true),
        ["playlist scores"] = new(s => s.JsonAsync(HttpMethod.Get, $"{Room}/playlist/{OsuSandboxCommunitySeed.PlaylistItemId}/scores", s.ClientToken), "get_multiplayer_scores_200", AnyHitResults, SameKeyOrder: true),
        ["playlist score"] = new(async s => (await s.JsonAsync(HttpMethod.Get, $"{Room}/playlist/{OsuSandboxCommunitySeed.PlaylistItemId}/scores", s.ClientToken))["scores"]![0]!, "get_multiplayer_scores_200", r => AnyHitResults(r)["scores"]![0], SameKeyOrder: true),
    };

    private static readonly Dictionary<string, (string Path, string Recording)> Errors = new(StringComparer.Ordinal)
    {
        ["channel"] = ("osu/api/v2/chat/channels/999999", "get_channel_404"),
        ["channel messages"] = ("osu/api/v2/chat/channels/999999/messages", "get_channel_messages_404"),
        ["forum topic"] = ("osu/api/v2/forums/topics/999999", "get_forum_topic_404"),
        ["match"] = ("osu/api/v2/matches/1", "get_multiplayer_match_404"),
        ["room"] = ("osu/api/v2/rooms/1", "get_multiplayer_room_404"),
        ["room leaderboard"] = ("osu/api/v2/rooms/1/leaderboard", "get_multiplayer_leaderboard_404"),
        ["playlist scores"] = ($"osu/api/v2/rooms/{OsuSandboxCommunitySeed.RoomId}/playlist/1/scores", "get_multiplayer_scores_404"),
        ["room path mode removed from the server"] = ("osu/api/v2/rooms/owned", "get_multiplayer_room_404"),
    };

    public static TheoryData<string> ShapeNames() => [.. Shapes.Keys.Order(StringComparer.Ordinal)];

    public static TheoryData<string> ErrorNames() => [.. Errors.Keys.Order(StringComparer.Ordinal)];

    [RecordingsTheory]
    [MemberData(nameof(ShapeNames))]
    public async Task The_sandbox_answers_in_the_recorded_shape(string name)
    {
        var shape = Shapes[name];
        var recording = OsuJson.Recording(shape.Recording);
        var expected = shape.Recorded is null ? recording : shape.Recorded(recording);

        var actual = await shape.Sandbox(shared);

        OsuJson.AssertSameShape(expected, actual);
        if (shape.SameKeyOrder)
        {
            Assert.Equal(OsuJson.Keys(expected!), OsuJson.Keys(actual));
        }
    }

    [RecordingsTheory]
    [MemberData(nameof(ErrorNames))]
    public async Task Error_bodies_are_the_recorded_ones(string name)
    {
        var (path, recording) = Errors[name];

        using var response = await shared.SendAsync(HttpMethod.Get, path, shared.UserToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(OsuJson.Recording(recording).ToJsonString(), JsonNode.Parse(await response.Content.ReadAsStringAsync())!.ToJsonString());
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

    private static async Task<JsonNode> EditOwnPostAsync(OsuCommunityHost shared)
    {
        var reply = await shared.JsonAsync(HttpMethod.Post, $"osu/api/v2/forums/topics/{OsuSandboxCommunitySeed.ForumTopicId}/reply", shared.UserToken, new JsonObject { ["body"] = "draft" });
        return await shared.JsonAsync(HttpMethod.Put, $"osu/api/v2/forums/posts/{reply["id"]}", shared.UserToken, new JsonObject { ["body"] = "Test body" });
    }

    /// <summary>How to get a sandbox answer and which part of which recording it must match.</summary>
    private sealed record Case(Func<OsuCommunityHost, Task<JsonNode>> Sandbox, string Recording, Func<JsonNode, JsonNode?>? Recorded = null, bool SameKeyOrder = false);
}
