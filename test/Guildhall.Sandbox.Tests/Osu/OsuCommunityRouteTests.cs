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
    public async Task Chat_updates_are_for_first_party_tokens_only()
    {
        using var response = await shared.Host.SendAsync(HttpMethod.Get, "osu/api/v2/chat/updates?since=0", shared.UserToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("""{"error":"Invalid scope(s) provided."}""", await response.Content.ReadAsStringAsync());
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

    private async Task<string> BotTokenAsync(string scope)
    {
        using var response = await shared.Host.PostFormAsync("osu/oauth/token",
            ("client_id", OsuSandboxCredentials.BotClientId.ToString()), ("client_secret", OsuSandboxCredentials.BotClientSecret),
            ("grant_type", "client_credentials"), ("scope", scope));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await OsuTestHost.ReadJsonAsync(response))["access_token"]!.GetValue<string>();
    }
}
