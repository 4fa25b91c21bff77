using System.CommandLine;
using Guildhall.Cli.Output;
using Guildhall.Osu;
using Guildhall.Osu.Authentication;
using Guildhall.Osu.Chat;
using Guildhall.Osu.Models;

namespace Guildhall.Cli.Commands.Osu;

/// <summary>
/// <c>guildhall osu match|room|chat</c>: multiplayer matches and rooms, and chat (<c>chat send</c>, <c>chat read</c>)
/// as a user session (<c>--session</c>, logged in with the chat scopes) or, for sending, as a bot (<c>--as-bot</c>: the
/// application's client credentials with <c>delegate</c>).
/// </summary>
internal static class OsuCommunityCommands
{
    public static void AddTo(Command osu, OsuCommandOptions options)
    {
        osu.Subcommands.Add(Match(options));
        osu.Subcommands.Add(Room(options));
        osu.Subcommands.Add(Chat(options));
    }

    private static Command Match(OsuCommandOptions options)
    {
        var id = new Argument<long?>("match-id") { Description = "The match (omit to list recent matches).", Arity = ArgumentArity.ZeroOrOne };
        var limit = new Option<int>("--limit")
        {
            Description = "How many matches to list (default 20); with a match id, how many of its latest games to show.",
            DefaultValueFactory = _ => 20,
        };
        var command = new Command("match", "Show a multiplayer match's games and scores, or list recent matches.") { id, limit };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            await using var storage = options.CreateStorage(parse);
            var osu = await options.ClientAsync(storage, parse, cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(id) is not { } matchId)
            {
                var matches = await PagedReader.ReadAsync(osu.Multiplayer.ListMatchesAsync(cancellationToken: cancellationToken), parse.GetValue(limit), cancellationToken).ConfigureAwait(false);
                OsuCommands.Write(options, parse, matches, OsuCommunityPrinter.Matches);
                return;
            }

            // A match is read from its first event, and most events are not games: read it all, keep the latest games.
            var events = await PagedReader.ReadAsync(osu.Multiplayer.ListMatchEventsAsync(matchId, cancellationToken: cancellationToken), int.MaxValue, cancellationToken).ConfigureAwait(false);
            IReadOnlyList<MatchEvent> games = [.. events.Where(matchEvent => matchEvent.Game is not null).TakeLast(Math.Max(0, parse.GetValue(limit)))];
            OsuCommands.Write(options, parse, games, OsuCommunityPrinter.MatchGames);
        });
        return command;
    }

    private static Command Room(OsuCommandOptions options)
    {
        var id = new Argument<long?>("room-id") { Description = "The room (omit to list open playlists).", Arity = ArgumentArity.ZeroOrOne };
        var latest = new Option<bool>("--latest") { Description = "Show the newest featured room (spotlight or featured artist)." };
        var command = new Command("room", "Show a multiplayer room's playlist and leaderboard, or list open rooms.") { id, latest };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            await using var storage = options.CreateStorage(parse);
            var osu = await options.ClientAsync(storage, parse, cancellationToken).ConfigureAwait(false);
            Room room;
            if (parse.GetValue(latest))
            {
                room = await osu.Multiplayer.GetLatestFeaturedRoomAsync(cancellationToken).ConfigureAwait(false);
            }
            else if (parse.GetValue(id) is { } roomId)
            {
                room = await osu.Multiplayer.GetRoomAsync(roomId, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                OsuCommands.Write(options, parse, await osu.Multiplayer.GetRoomsAsync(cancellationToken: cancellationToken).ConfigureAwait(false), OsuCommunityPrinter.Rooms);
                return;
            }

            var board = await osu.Multiplayer.GetRoomLeaderboardAsync(room.Id, cancellationToken: cancellationToken).ConfigureAwait(false);
            OsuCommands.Write(options, parse, board, (output, value) => OsuCommunityPrinter.Room(output, room, value));
        });
        return command;
    }

    private static Command Chat(OsuCommandOptions options)
    {
        var chat = new Command("chat", "Send and read chat messages (a session with the chat scopes, or --as-bot to send).");
        chat.Subcommands.Add(Send(options));
        chat.Subcommands.Add(Read(options));
        return chat;
    }

    private static Command Send(OsuCommandOptions options)
    {
        var target = new Argument<long>("channel-or-user") { Description = "The channel id (or the user id with --to-user)." };
        var text = new Argument<string>("message") { Description = "The message." };
        var toUser = new Option<bool>("--to-user") { Description = "Send a private message to the user instead of a channel." };
        var asBot = new Option<bool>("--as-bot") { Description = "Send as the application's bot account (client credentials with delegate; the application must belong to a bot)." };
        var command = new Command("send", "Send a message to a channel or a user.") { target, text, toUser, asBot };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            await using var storage = options.CreateStorage(parse);
            using var bot = parse.GetValue(asBot) ? BotClient(options, parse) : null;
            var osu = bot ?? await options.ClientAsync(storage, parse, cancellationToken).ConfigureAwait(false);
            var message = parse.GetValue(toUser)
                ? (await osu.Chat.SendPrivateMessageAsync(parse.GetValue(target), parse.GetValue(text)!, cancellationToken: cancellationToken).ConfigureAwait(false)).Message!
                : await osu.Chat.SendMessageAsync(parse.GetValue(target), parse.GetValue(text)!, cancellationToken: cancellationToken).ConfigureAwait(false);
            OsuCommands.Write(options, parse, (IReadOnlyList<ChatMessage>)[message], OsuCommunityPrinter.Messages);
        });
        return command;
    }

    private static Command Read(OsuCommandOptions options)
    {
        var channel = new Argument<long>("channel-id") { Description = "The channel (the session's user must be in it)." };
        var follow = new Option<bool>("--follow") { Description = "Keep printing new messages as they arrive, until Ctrl+C." };
        var limit = OsuCommands.LimitOption(20);
        var command = new Command("read", "Show a channel's newest messages, or follow it.") { channel, follow, limit };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            await using var storage = options.CreateStorage(parse);
            var osu = await options.ClientAsync(storage, parse, cancellationToken).ConfigureAwait(false);
            var channelId = parse.GetValue(channel);
            var newest = await osu.Chat.GetMessagesPageAsync(channelId, limit: Math.Clamp(parse.GetValue(limit), 1, OsuChatClient.MaxMessagesPerRequest), cancellationToken: cancellationToken).ConfigureAwait(false);
            OsuCommands.Write(options, parse, newest, OsuCommunityPrinter.Messages);
            if (!parse.GetValue(follow))
            {
                return;
            }

            var start = new ChatWatchOptions { AfterMessageId = newest.Count == 0 ? null : newest[^1].MessageId };
            try
            {
                await foreach (var message in osu.Chat.WatchMessagesAsync(channelId, start, cancellationToken).ConfigureAwait(false))
                {
                    OsuCommands.Write(options, parse, (IReadOnlyList<ChatMessage>)[message], OsuCommunityPrinter.Messages);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Ctrl+C ends --follow: that is how it is meant to stop.
            }
        });
        return command;
    }

    private static OsuClient BotClient(OsuCommandOptions options, ParseResult parse)
    {
        var clientOptions = options.CreateOptions(parse);
        clientOptions.AppClientScopes = [.. OsuScopes.DelegatedChat];
        return new OsuClient(clientOptions.ClientId, clientOptions.ClientSecret!, clientOptions);
    }
}
