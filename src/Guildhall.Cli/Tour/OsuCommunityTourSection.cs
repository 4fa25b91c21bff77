using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Guildhall.Cli.Output;
using Guildhall.Osu;
using Guildhall.Osu.Authentication;
using Guildhall.Osu.Chat;
using Guildhall.Osu.Queries;
using Guildhall.Sandbox.Osu;

namespace Guildhall.Cli.Tour;

/// <summary>
/// osu! chat, forums and multiplayer through the real client over loopback HTTP: a chat round trip between the bot
/// (client credentials with <c>delegate</c> to write, a session of its own account to read) and a user, a forum reply,
/// and a tournament match's scores in both formats with a room's leaderboard.
/// </summary>
internal sealed class OsuCommunityTourSection : ITourSection
{
    public string Title => "osu! chat, forums and multiplayer";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        await using var userStorage = new OsuClientStorage(Options(context, OsuSandboxCredentials.ClientId, OsuSandboxCredentials.ClientSecret));
        var botOptions = Options(context, OsuSandboxCredentials.BotClientId, OsuSandboxCredentials.BotClientSecret);
        botOptions.AppClientScopes = [.. OsuScopes.DelegatedChat];
        await using var botStorage = new OsuClientStorage(botOptions);
        var bot = botStorage.AppClient;
        string[] chatScopes = [OsuScopes.Public, OsuScopes.ChatRead, OsuScopes.ChatWrite, OsuScopes.ForumWrite];

        Guildhall.Osu.Models.PrivateMessageResult? pm = null;
        await context.StepAsync("bot: client credentials with delegate, POST /chat/new to a user", async () =>
        {
            pm = await bot.Chat.SendPrivateMessageAsync(OsuSandboxCredentials.UserId, "Your match starts in 5 minutes.", cancellationToken: cancellationToken).ConfigureAwait(false);
            return $"{OsuSandboxCredentials.BotUsername} -> {pm.Channel?.Name}: message {pm.Message?.MessageId} in channel {pm.Channel?.ChannelId}";
        }).ConfigureAwait(false);

        OsuClient? user = null;
        await context.StepAsync("user: reads the PM from the channel's message stream and replies", async () =>
        {
            var sent = pm ?? throw new TourPrerequisiteException("The bot's message was not sent above.");
            user = await OsuTourSignIn.SignInAsync(browser, userStorage, chatScopes, cancellationToken).ConfigureAwait(false);
            var channelId = sent.Channel!.ChannelId;
            var received = await FirstAsync(user.Chat.WatchMessagesAsync(channelId, new ChatWatchOptions { AfterMessageId = sent.Message!.MessageId - 1 }, cancellationToken)).ConfigureAwait(false);
            var reply = await user.Chat.SendMessageAsync(channelId, "ready!", cancellationToken: cancellationToken).ConfigureAwait(false);
            return $"read \"{received.Content}\" from {received.Sender?.Username}; replied with message {reply.MessageId}";
        }).ConfigureAwait(false);

        await context.StepAsync("bot: its own account's session (chat.read is never delegated) reads the reply", async () =>
        {
            var sent = pm ?? throw new TourPrerequisiteException("The bot's message was not sent above.");
            var reader = await SignInAsBotAsync(context, browser, botStorage, cancellationToken).ConfigureAwait(false);
            var replies = await reader.Chat.GetMessagesPageAsync(sent.Channel!.ChannelId, sinceMessageId: sent.Message!.MessageId, cancellationToken: cancellationToken).ConfigureAwait(false);
            return $"{replies.Count} new message(s): {string.Join(", ", replies.Select(m => $"{m.Sender?.Username}: \"{m.Content}\""))}";
        }).ConfigureAwait(false);

        await context.StepAsync("forum: POST /forums/topics/{id}/reply, then the topic's newest post", async () =>
        {
            var session = user ?? throw new TourPrerequisiteException("No user session: signing in failed above.");
            var reply = await session.Forum.ReplyAsync(OsuSandboxCommunitySeed.ForumTopicId, "Signing up, timezone UTC+1.", cancellationToken).ConfigureAwait(false);
            var newest = await session.Forum.GetTopicPageAsync(OsuSandboxCommunitySeed.ForumTopicId, sort: ForumPostSort.NewestFirst, pageSize: 1, cancellationToken: cancellationToken).ConfigureAwait(false);
            return $"post {reply.Id} in \"{newest.Topic?.Title}\" ({newest.Topic?.PostCount} posts); newest is {newest.Posts[0].Id}: {newest.Posts[0].Body?.Raw}";
        }).ConfigureAwait(false);

        // Public data needs the 'public' scope, which a delegate token cannot carry: a bot reads it with a second, plain app client.
        var app = userStorage.AppClient;
        await context.StepAsync("multiplayer: a match's events to the end (after=), its last game's scores in both formats", async () =>
        {
            var lazer = await LastGameAsync(app, OsuScoreFormat.Lazer, cancellationToken).ConfigureAwait(false);
            var legacy = await LastGameAsync(app, OsuScoreFormat.Legacy, cancellationToken).ConfigureAwait(false);
            var winner = lazer.Scores.MaxBy(s => s.TotalScore)!;
            var legacyWinner = legacy.Scores.MaxBy(s => s.Points)!;
            return $"{lazer.Scores.Count} scores; top: user {winner.UserId} ({winner.Match?.Team}) {winner.TotalScore:N0} lazer, {legacyWinner.Points:N0} legacy";
        }).ConfigureAwait(false);

        await context.StepAsync("multiplayer: a room's leaderboard and its first item's scores (cursor pages)", async () =>
        {
            var board = await app.Multiplayer.GetRoomLeaderboardAsync(OsuSandboxCommunitySeed.RoomId, 3, cancellationToken).ConfigureAwait(false);
            var scores = 0;
            await foreach (var _ in app.Multiplayer.ListPlaylistScoresAsync(OsuSandboxCommunitySeed.RoomId, OsuSandboxCommunitySeed.PlaylistItemId, pageSize: 20, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                scores++;
            }

            var top = board.Leaderboard[0];
            return $"#1 {top.User?.Username} with {top.TotalScore:N0} over {top.Completed} item(s); {scores} scores on the first item";
        }).ConfigureAwait(false);
    }

    private static OsuClientOptions Options(TourContext context, long clientId, string secret) => new()
    {
        BaseAddress = context.Sandbox.GetApiBase("osu"),
        ClientId = clientId,
        ClientSecret = secret,
        RedirectUri = new Uri(OsuSandboxCredentials.RedirectUri),
    };

    private static async Task<Guildhall.Osu.Models.MatchGame> LastGameAsync(OsuClient osu, OsuScoreFormat format, CancellationToken cancellationToken)
    {
        Guildhall.Osu.Models.MatchGame? last = null;
        await foreach (var matchEvent in osu.Multiplayer.ListMatchEventsAsync(OsuSandboxCommunitySeed.MatchId, pageSize: 10, format: format, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            last = matchEvent.Game ?? last;
        }

        return last ?? throw new InvalidOperationException("The match has no games.");
    }

    // The sandbox approves as whoever its admin route names: the bot account, for this one sign-in.
    private static async Task<OsuClient> SignInAsBotAsync(TourContext context, HttpClient browser, OsuClientStorage botStorage, CancellationToken cancellationToken)
    {
        var admin = new Uri(context.Sandbox.BaseAddress, "_sandbox/osu/authorizing-user");
        using (var chosen = await browser.PutAsJsonAsync(admin, new JsonObject { ["user_id"] = OsuSandboxCredentials.BotUserId }, CliJsonContext.Default.JsonObject, cancellationToken).ConfigureAwait(false))
        {
            chosen.EnsureSuccessStatusCode();
        }

        try
        {
            return await OsuTourSignIn.SignInAsync(browser, botStorage, [OsuScopes.Public, OsuScopes.ChatRead], cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            using var reset = await browser.PutAsJsonAsync(admin, new JsonObject { ["user_id"] = OsuSandboxCredentials.UserId }, CliJsonContext.Default.JsonObject, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static async Task<Guildhall.Osu.Models.ChatMessage> FirstAsync(IAsyncEnumerable<Guildhall.Osu.Models.ChatMessage> stream)
    {
        await foreach (var message in stream.ConfigureAwait(false))
        {
            return message;
        }

        throw new InvalidOperationException("The message stream ended.");
    }
}
