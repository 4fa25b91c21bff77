using System.Net;
using Guildhall.Core.Errors;
using Guildhall.Osu.Authentication;
using Guildhall.Osu.Tests.Sandbox;
using Guildhall.Sandbox.Osu;

namespace Guildhall.Osu.Tests.Community;

/// <summary>Chat through the whole pipeline against the sandbox: two users and the bot, channels, membership, messages, acks.</summary>
public sealed class ChatSandboxTests(OsuSandbox sandbox) : IClassFixture<OsuSandbox>
{
    private const long Me = OsuSandboxCredentials.UserId;
    private const long Staff = OsuSandboxSeed.StaffUserId;
    private const long Bot = OsuSandboxCredentials.BotUserId;
    private const long Lobby = OsuSandboxCommunitySeed.LobbyChannelId;

    private readonly ChatSessions _sessions = new(sandbox);

    [Fact]
    public async Task A_private_message_round_trips_between_the_bot_and_a_user()
    {
        var user = await _sessions.UserAsync();
        var botReader = await _sessions.BotReaderAsync();
        var bot = _sessions.BotWriter();

        var sent = await bot.Chat.SendPrivateMessageAsync(Me, "!np received", uuid: "bot-1");
        var again = await bot.Chat.SendPrivateMessageAsync(Me, "!np received", uuid: "bot-1");
        var channelId = sent.Channel!.ChannelId;
        var inbox = await user.Chat.GetMessagesPageAsync(channelId);
        var reply = await user.Chat.SendMessageAsync(channelId, "thanks, bot");
        var botView = await botReader.Chat.GetMessagesPageAsync(channelId, sinceMessageId: sent.Message!.MessageId);
        var details = await user.Chat.GetChannelAsync(channelId);

        Assert.Equal(Bot, sent.Message.SenderId);
        Assert.Equal(sent.Message.MessageId, again.Message!.MessageId);
        Assert.Equal(channelId, sent.NewChannelId);
        Assert.Equal("PM", sent.Channel.Type);
        Assert.Equal([Bot, Me], sent.Channel.Users.Order());
        Assert.Equal([sent.Message.MessageId], inbox.Select(m => m.MessageId));
        Assert.Equal(OsuSandboxCredentials.BotUsername, inbox[0].Sender!.Username);
        Assert.Equal([reply.MessageId], botView.Select(m => m.MessageId));
        Assert.Equal("thanks, bot", botView[0].Content);
        Assert.Equal([Bot, Me], details.Users.Select(u => u.Id).Order());
        Assert.Equal(reply.MessageId, details.Channel!.LastMessageId);
    }

    [Fact]
    public async Task Two_users_join_talk_mark_read_and_leave_a_public_channel()
    {
        var user = await _sessions.UserAsync();
        var staff = await _sessions.StaffAsync();

        var channels = await user.Chat.GetChannelsAsync();
        await Assert.ThrowsAsync<ApiNotFoundException>(() => user.Chat.GetChannelAsync(Lobby));
        var joined = await staff.Chat.JoinChannelAsync(Lobby, Staff);
        await user.Chat.JoinChannelAsync(Lobby, Me);
        var first = await staff.Chat.SendMessageAsync(Lobby, "anyone for a match?");
        var second = await staff.Chat.SendMessageAsync(Lobby, "waves", isAction: true);
        var seen = await user.Chat.GetMessagesPageAsync(Lobby, sinceMessageId: first.MessageId - 1);
        await user.Chat.MarkAsReadAsync(Lobby, second.MessageId);
        var read = await user.Chat.GetChannelAsync(Lobby);
        await user.Chat.LeaveChannelAsync(Lobby, Me);

        Assert.Contains(channels, c => c.ChannelId == Lobby && c.Type == "PUBLIC");
        Assert.True(joined.CurrentUserAttributes!.CanMessage);
        Assert.Equal([first.MessageId, second.MessageId], seen.Select(m => m.MessageId));
        Assert.True(seen[1].IsAction);
        Assert.Equal(second.MessageId, read.Channel!.LastReadId);
        Assert.Equal(second.MessageId, read.Channel.CurrentUserAttributes!.LastReadId);
        await Assert.ThrowsAsync<ApiNotFoundException>(() => user.Chat.GetMessagesPageAsync(Lobby));
        var forbidden = await Assert.ThrowsAsync<ApiForbiddenException>(() => user.Chat.JoinChannelAsync(Lobby, Staff));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task The_bot_creates_a_pm_channel_and_an_announcement_and_acks()
    {
        var bot = _sessions.BotWriter();
        var botReader = await _sessions.BotReaderAsync();
        var user = await _sessions.UserAsync();

        var pm = await bot.Chat.CreatePrivateChannelAsync(Staff);
        var announcement = await bot.Chat.CreateAnnouncementChannelAsync("Tournament", "Results are in", [Me, Staff], "Round 1 is over.", uuid: "round-1");
        var userSees = await user.Chat.GetMessagesPageAsync(announcement.ChannelId);
        var oldest = (await botReader.Chat.GetMessagesPageAsync(OsuSandboxCommunitySeed.OsuChannelId, sinceMessageId: 0, limit: 1)).Single();
        var ack = await botReader.Chat.AckAsync(sinceMessageId: oldest.MessageId);
        var laterAck = await botReader.Chat.AckAsync(historySince: ack.Silences.Max(s => s.Id), sinceMessageId: oldest.MessageId);
        var bareAck = await botReader.Chat.AckAsync();

        Assert.Equal("PM", pm.Type);
        Assert.Equal(OsuSandboxSeed.StaffUsername, pm.Name);
        Assert.Equal("ANNOUNCE", announcement.Type);
        Assert.Equal("Round 1 is over.", Assert.Single(announcement.RecentMessages).Content);
        Assert.Equal("Round 1 is over.", Assert.Single(userSees).Content);
        Assert.Equal("round-1", announcement.Uuid);
        Assert.NotEmpty(ack.Silences);
        Assert.Empty(laterAck.Silences);
        Assert.Empty(bareAck.Silences);
        await Assert.ThrowsAsync<ApiForbiddenException>(() => user.Chat.CreateAnnouncementChannelAsync("Mine", "", [Staff], "hi"));
    }

    [Fact]
    public async Task A_delegated_bot_token_cannot_read_chat_and_a_guest_token_cannot_use_it_at_all()
    {
        var bot = _sessions.BotWriter();
        var guest = sandbox.Storage().AppClient;

        var botRead = await Assert.ThrowsAsync<ApiForbiddenException>(() => bot.Chat.GetChannelsAsync());
        var guestWrite = await Assert.ThrowsAsync<ApiForbiddenException>(() => guest.Chat.SendMessageAsync(OsuSandboxCommunitySeed.OsuChannelId, "hi"));

        Assert.Null(botRead.StatusCode);
        Assert.Contains(OsuScopes.ChatRead, botRead.Message, StringComparison.Ordinal);
        Assert.Contains("guest", guestWrite.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_updates_are_refused_as_first_party_only_before_and_by_the_server()
    {
        var user = await _sessions.UserAsync();
        var token = await user.GetCurrentTokenAsync();
        using var own = new OsuClient(sandbox.Http, sandbox.Options(), new Guildhall.Core.Credentials.AuthorizationHeaderCredential("Bearer " + token.AccessToken));

        var local = await Assert.ThrowsAsync<ApiForbiddenException>(() => user.Chat.GetUpdatesAsync(0));
        var remote = await Assert.ThrowsAsync<ApiForbiddenException>(() => own.Chat.GetUpdatesAsync(0));

        Assert.Null(local.StatusCode);
        Assert.Contains("'*'", local.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, remote.StatusCode);
        Assert.Equal("Invalid scope(s) provided.", remote.ServerMessage);
    }

    [Fact]
    public async Task Bad_chat_input_is_refused_before_anything_is_sent()
    {
        var user = await _sessions.UserAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => user.Chat.SendMessageAsync(Lobby, " "));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => user.Chat.GetMessagesPageAsync(Lobby, limit: 51));
        await Assert.ThrowsAsync<ArgumentException>(() => user.Chat.CreateAnnouncementChannelAsync("x", "", [], "hi"));
        Assert.Throws<ArgumentOutOfRangeException>(() => user.Chat.WatchMessagesAsync(Lobby, new Chat.ChatWatchOptions { PollInterval = TimeSpan.Zero }));
    }
}
