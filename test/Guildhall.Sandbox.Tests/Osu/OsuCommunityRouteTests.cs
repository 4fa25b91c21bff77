using System.Net;
using System.Text.Json.Nodes;
using Guildhall.Sandbox.Osu;

namespace Guildhall.Sandbox.Tests.Osu;

/// <summary>
/// The chat, forum and multiplayer routes on the wire: per-route scopes (a user, or the bot's <c>delegate</c> token),
/// the poll field format the server reads, and match scores in both formats.
/// </summary>
public sealed class OsuCommunityRouteTests(OsuCommunityHost shared) : IClassFixture<OsuCommunityHost>
{
    private static readonly string Messages = $"osu/api/v2/chat/channels/{OsuSandboxCommunitySeed.OsuChannelId}/messages";

    [Fact]
    public async Task Chat_needs_a_resource_owner_and_the_routes_scope()
    {
        var readOnly = (await shared.Host.UserTokenAsync("public identify chat.read")).Access;

        using var guest = await shared.Host.SendAsync(HttpMethod.Get, Messages, shared.ClientToken);
        using var read = await shared.Host.SendAsync(HttpMethod.Get, Messages, readOnly);
        using var write = await shared.Host.SendAsync(HttpMethod.Post, Messages, readOnly, new JsonObject { ["message"] = "hi" });
        using var forum = await shared.Host.SendAsync(HttpMethod.Post, $"osu/api/v2/forums/topics/{OsuSandboxCommunitySeed.ForumTopicId}/reply", readOnly, new JsonObject { ["body"] = "hi" });

        Assert.Equal(HttpStatusCode.Unauthorized, guest.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal("""{"error":"A required scope is missing."}""", await write.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, forum.StatusCode);
    }

    [Fact]
    public async Task The_bots_delegate_token_writes_as_the_bot_and_cannot_carry_chat_read()
    {
        var token = await BotTokenAsync("delegate chat.write chat.write_manage");
        using var refused = await shared.Host.PostFormAsync("osu/oauth/token",
            ("client_id", OsuSandboxCredentials.BotClientId.ToString()), ("client_secret", OsuSandboxCredentials.BotClientSecret),
            ("grant_type", "client_credentials"), ("scope", "delegate chat.read"));

        var sent = await shared.Host.JsonAsync(HttpMethod.Post, "osu/api/v2/chat/new", token, new JsonObject { ["target_id"] = OsuSandboxCredentials.UserId, ["message"] = "hello from the bot" });
        var inbox = await shared.Host.JsonAsync(HttpMethod.Get, $"osu/api/v2/chat/channels/{sent["channel"]!["channel_id"]}/messages", shared.UserToken);
        using var read = await shared.Host.SendAsync(HttpMethod.Get, Messages, token);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(OsuSandboxCredentials.BotUserId, sent["message"]!["sender_id"]!.GetValue<long>());
        Assert.Equal("hello from the bot", inbox[0]!["content"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
    }

    [Fact]
    public async Task Channel_messages_read_until_only_without_since_as_osu_web_does()
    {
        var all = await MessageIdsAsync("?since=0&limit=50");
        var until = all[10];

        var withBoth = await MessageIdsAsync($"?since={all[2]}&until={until}&limit=20");
        var untilOnly = await MessageIdsAsync($"?until={until}&limit=5");

        Assert.Equal(all[3..23], withBoth);
        Assert.Equal(all[5..10], untilOnly);
    }

    [Fact]
    public async Task A_moderated_channel_refuses_a_member_who_is_not_a_moderator()
    {
        var channel = $"osu/api/v2/chat/channels/{OsuSandboxCommunitySeed.AnnounceChannelId}";

        var shown = await shared.Host.JsonAsync(HttpMethod.Get, channel, shared.UserToken);
        using var sent = await shared.Host.SendAsync(HttpMethod.Post, channel + "/messages", shared.UserToken, new JsonObject { ["message"] = "hello?" });
        var messages = await shared.Host.JsonAsync(HttpMethod.Get, channel + "/messages", shared.UserToken);

        Assert.True(shown["channel"]!["moderated"]!.GetValue<bool>());
        Assert.False(shown["channel"]!["current_user_attributes"]!["can_message"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Forbidden, sent.StatusCode);
        Assert.Equal("""{"error":"This channel is currently moderated."}""", await sent.Content.ReadAsStringAsync());
        Assert.Empty(messages.AsArray());
    }

    [Fact]
    public async Task A_private_message_to_an_unknown_user_or_to_oneself_is_unprocessable()
    {
        using var unknown = await shared.Host.SendAsync(HttpMethod.Post, "osu/api/v2/chat/new", shared.UserToken, new JsonObject { ["target_id"] = 999_999_999, ["message"] = "hi" });
        using var self = await shared.Host.SendAsync(HttpMethod.Post, "osu/api/v2/chat/new", shared.UserToken, new JsonObject { ["target_id"] = OsuSandboxCredentials.UserId, ["message"] = "hi" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Equal("""{"error":"target user not found"}""", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, self.StatusCode);
        Assert.Equal("""{"error":"can't send message to same user"}""", await self.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Chat_updates_are_for_first_party_tokens_only()
    {
        using var response = await shared.Host.SendAsync(HttpMethod.Get, "osu/api/v2/chat/updates?since=0", shared.UserToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("""{"error":"Invalid scope(s) provided."}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task No_third_party_application_is_authorized_for_the_first_party_scope()
    {
        using var refused = await shared.Host.GetAsync(
            $"osu/oauth/authorize?client_id={OsuSandboxCredentials.ClientId}&redirect_uri={Uri.EscapeDataString(OsuSandboxCredentials.RedirectUri)}&response_type=code&scope=*&state=s", null);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("""{"error":"* is not valid with other scopes"}""", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ack_reads_silences_after_history_since_or_after_the_message_since()
    {
        var oldest = (await MessageIdsAsync("?since=0&limit=1"))[0];

        var neither = await shared.Host.JsonAsync(HttpMethod.Post, "osu/api/v2/chat/ack", shared.UserToken, new JsonObject());
        var sinceMessage = await shared.Host.JsonAsync(HttpMethod.Post, "osu/api/v2/chat/ack", shared.UserToken, new JsonObject { ["since"] = oldest });
        var both = await shared.Host.JsonAsync(HttpMethod.Post, "osu/api/v2/chat/ack", shared.UserToken, new JsonObject { ["since"] = oldest, ["history_since"] = 1 });

        Assert.Empty(neither["silences"]!.AsArray());
        Assert.Equal([1L], sinceMessage["silences"]!.AsArray().Select(s => s!["id"]!.GetValue<long>()));
        Assert.Empty(both["silences"]!.AsArray());
    }

    [Fact]
    public async Task A_poll_counts_only_in_the_servers_field_format()
    {
        var serverFormat = new JsonObject
        {
            ["forum_id"] = OsuSandboxCommunitySeed.ForumId, ["title"] = "Poll", ["body"] = "Vote", ["with_poll"] = true,
            ["forum_topic_poll"] = new JsonObject { ["title"] = "Day?", ["options"] = "Sat\nSun", ["max_options"] = 1 },
        };
        var pythonFormat = new JsonObject
        {
            ["forum_id"] = OsuSandboxCommunitySeed.ForumId, ["title"] = "Poll", ["body"] = "Vote", ["with_poll"] = true,
            ["forum_topic_poll"] = new JsonObject { ["title"] = "Day?" }, ["poll_options"] = new JsonArray("Sat", "Sun"), ["max_votes"] = 1,
        };

        var created = await shared.Host.JsonAsync(HttpMethod.Post, "osu/api/v2/forums/topics", shared.UserToken, serverFormat);
        using var refused = await shared.Host.SendAsync(HttpMethod.Post, "osu/api/v2/forums/topics", shared.UserToken, pythonFormat);

        Assert.Equal(["Sat", "Sun"], created["topic"]!["poll"]!["options"]!.AsArray().Select(o => o!["text"]!["bbcode"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
    }

    [Fact]
    public async Task A_playlist_score_cursor_naming_an_unknown_score_goes_on_from_its_total()
    {
        var scores = $"osu/api/v2/rooms/{OsuSandboxCommunitySeed.RoomId}/playlist/{OsuSandboxCommunitySeed.PlaylistItemId}/scores";
        var all = await shared.Host.JsonAsync(HttpMethod.Get, scores + "?limit=50", shared.ClientToken);
        var first = await shared.Host.JsonAsync(HttpMethod.Get, scores + "?limit=2", shared.ClientToken);
        var total = first["cursor"]!["total_score"]!.GetValue<long>();
        var unknownId = first["cursor"]!["score_id"]!.GetValue<long>() + 1;
        var everyScore = all["scores"]!.AsArray().Select(s => (Id: s!["id"]!.GetValue<long>(), Total: s["total_score"]!.GetValue<long>())).ToList();

        // A score id no score has, with the total of the first page's last score: the scores after that point in the
        // order (lower totals, or the same total and a higher id), not the first page again.
        var unknown = await shared.Host.JsonAsync(HttpMethod.Get, $"{scores}?limit=2&cursor[total_score]={total}&cursor[score_id]={unknownId}", shared.ClientToken);
        var expected = everyScore.Where(s => s.Total < total || (s.Total == total && s.Id > unknownId)).Take(2).Select(s => s.Id).ToList();

        Assert.DoesNotContain(everyScore, s => s.Id == unknownId);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Ids(unknown));
        Assert.Empty(Ids(first).Intersect(Ids(unknown)));

        static List<long> Ids(JsonNode page) => [.. page["scores"]!.AsArray().Select(s => s!["id"]!.GetValue<long>())];
    }

    [Theory]
    [InlineData(null, "count_300")]
    [InlineData(20220705, "great")]
    public async Task Match_game_scores_follow_the_api_version(int? apiVersion, string statistic)
    {
        var match = await shared.Host.JsonAsync(HttpMethod.Get, $"osu/api/v2/matches/{OsuSandboxCommunitySeed.MatchId}", shared.ClientToken, apiVersion: apiVersion);
        var scores = match["events"]!.AsArray().Where(e => e!["game"] is not null).SelectMany(e => e!["game"]!["scores"]!.AsArray()).ToList();

        Assert.NotEmpty(scores);
        Assert.All(scores, s => Assert.True(s!["statistics"]!.AsObject().ContainsKey(statistic)));
        Assert.All(scores, s => Assert.Equal("legacy_match_score", s!["type"]!.GetValue<string>()));
    }

    private async Task<List<long>> MessageIdsAsync(string query) =>
        [.. (await shared.Host.JsonAsync(HttpMethod.Get, Messages + query, shared.UserToken)).AsArray().Select(m => m!["message_id"]!.GetValue<long>())];

    private async Task<string> BotTokenAsync(string scope)
    {
        using var response = await shared.Host.PostFormAsync("osu/oauth/token",
            ("client_id", OsuSandboxCredentials.BotClientId.ToString()), ("client_secret", OsuSandboxCredentials.BotClientSecret),
            ("grant_type", "client_credentials"), ("scope", scope));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await OsuTestHost.ReadJsonAsync(response))["access_token"]!.GetValue<string>();
    }
}
