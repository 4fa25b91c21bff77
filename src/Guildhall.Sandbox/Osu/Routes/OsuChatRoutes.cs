using Guildhall.Sandbox.Osu.State;
using Guildhall.Sandbox.Osu.Wire;

namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>
/// <c>/chat/...</c>: every route needs a resource owner (a user token, or a bot's <c>delegate</c> token) and the scope
/// osu-web's <c>RequireScopes</c> names: <c>chat.read</c> to read, ack and mark read, <c>chat.write</c> to send,
/// <c>chat.write_manage</c> to create, join and leave. A channel the caller is not in answers as missing
/// (<c>Chat\Channel</c>). <c>/chat/updates</c> has no scope rule, so only first-party <c>*</c> tokens would pass, and
/// the sandbox, like osu!, issues those to no third party.
/// </summary>
internal static class OsuChatRoutes
{
    private const string Read = "chat.read";
    private const string Write = "chat.write";
    private const string Manage = "chat.write_manage";

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/chat/ack", AckAsync).Requires(Read, user: true);
        api.MapGet("/chat/updates", Updates).Requires("any", user: true);
        api.MapGet("/chat/channels", Channels).Requires(Read, user: true);
        api.MapPost("/chat/channels", CreateAsync).Requires(Manage, user: true);
        api.MapGet("/chat/channels/{channel}", Show).Requires(Read, user: true);
        api.MapGet("/chat/channels/{channel}/messages", Messages).Requires(Read, user: true);
        api.MapPost("/chat/channels/{channel}/messages", SendAsync).Requires(Write, user: true);
        api.MapPut("/chat/channels/{channel}/users/{user}", Join).Requires(Manage, user: true);
        api.MapDelete("/chat/channels/{channel}/users/{user}", Leave).Requires(Manage, user: true);
        api.MapPut("/chat/channels/{channel}/mark-as-read/{message}", MarkRead).Requires(Read, user: true);
        api.MapPost("/chat/new", SendPrivateAsync).Requires(Write, user: true);
    }

    private static async Task<IResult> AckAsync(HttpContext context, OsuWorld world, OsuCommunity community)
    {
        var input = await OsuRequestInput.ReadAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        if (input is null)
        {
            return OsuResponses.Invalid(null);
        }

        // osu-web prefers 'history_since' (a silence id) and falls back to 'since' (a message id), 0 when neither is sent.
        lock (world.Sync)
        {
            return OsuResponses.Json(new JsonObject { ["silences"] = Silences(community.Chat, Long(input, "history_since"), Long(input, "since") ?? 0) });
        }
    }

    // osu-web: the route has no scope rule, which only '*' tokens satisfy ("lazer" in the docs). Like osu!, the sandbox
    // gives '*' to no third party (authorize adds identify, and '*' mixes with no other scope), so every token is refused.
    private static IResult Updates() => OsuResponses.Error(StatusCodes.Status403Forbidden, "Invalid scope(s) provided.");

    private static JsonArray Silences(OsuChat chat, long? historySince, long sinceMessageId) =>
        new([.. chat.SilencesSince(historySince, sinceMessageId).Select(s => (JsonNode)new JsonObject { ["id"] = s.Id, ["user_id"] = s.UserId })]);

    private static IResult Channels(OsuWorld world, OsuCommunity community)
    {
        lock (world.Sync)
        {
            return OsuResponses.Json(new JsonArray([.. community.Chat.Channels.Values.Where(c => c.IsPublic).OrderBy(c => c.Id).Select(c => (JsonNode)OsuChatPresenter.Base(c))]));
        }
    }

    private static IResult Show(HttpContext context, OsuWorld world, OsuCommunity community, string channel)
    {
        var me = OsuCaller.From(context).User!;
        lock (world.Sync)
        {
            if (MemberChannel(community, channel, me) is not { } found)
            {
                return ChannelNotFound();
            }

            var users = found.Type == "PM" ? found.Members.Order().Select(id => (JsonNode)OsuUserPresenter.Compact(world.Users[id])) : [];
            return OsuResponses.Json(new JsonObject { ["channel"] = OsuChatPresenter.ForMember(found, me), ["users"] = new JsonArray([.. users]) });
        }
    }

    private static IResult Messages(HttpContext context, OsuWorld world, OsuCommunity community, string channel)
    {
        var me = OsuCaller.From(context).User!;
        var request = context.Request;
        var limit = Math.Clamp(OsuQuery.Int(request, "limit") ?? 50, 1, 50);
        var since = OsuQuery.Long(request, "since");
        var until = OsuQuery.Long(request, "until");
        lock (world.Sync)
        {
            if (MemberChannel(community, channel, me) is not { } found)
            {
                return ChannelNotFound();
            }

            // osu-web: with 'since', the first messages after it (a reader catching up) and 'until' is not read; without,
            // the newest ones before 'until'. Oldest first either way.
            var page = since is { } after
                ? found.Messages.Where(m => m.Id > after).Take(limit)
                : found.Messages.Where(m => until is not { } before || m.Id < before).TakeLast(limit);
            return OsuResponses.Json(new JsonArray([.. page.Select(m => (JsonNode)OsuChatPresenter.Message(world, m))]));
        }
    }

    private static async Task<IResult> SendAsync(HttpContext context, OsuWorld world, OsuCommunity community, string channel)
    {
        var me = OsuCaller.From(context).User!;
        var input = await OsuRequestInput.ReadAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        if (input is null || MessageText(input) is not { } text)
        {
            return OsuResponses.Invalid("The message is empty or longer than the channel allows.");
        }

        lock (world.Sync)
        {
            if (MemberChannel(community, channel, me) is not { } found)
            {
                return ChannelNotFound();
            }

            if (OsuChatPresenter.CanMessage(found, me) is { } refusal)
            {
                return OsuResponses.Error(StatusCodes.Status403Forbidden, refusal);
            }

            var message = community.Chat.Post(found, me.Id, text, Bool(input, "is_action"), OsuClock.Now(context));
            return OsuResponses.Json(OsuChatPresenter.Message(world, message));
        }
    }

    private static async Task<IResult> SendPrivateAsync(HttpContext context, OsuWorld world, OsuCommunity community)
    {
        var me = OsuCaller.From(context).User!;
        var input = await OsuRequestInput.ReadAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        if (input is null)
        {
            return OsuResponses.Invalid(null);
        }

        var uuid = input["uuid"]?.ToString();
        lock (world.Sync)
        {
            // osu-web's order: the target first (ChatController::newConversation), then the sender, then the text.
            if (Long(input, "target_id") is not { } targetId || !world.Users.TryGetValue(targetId, out var target))
            {
                return OsuResponses.Invalid("target user not found");
            }

            if (target.Id == me.Id)
            {
                return OsuResponses.Invalid("can't send message to same user");
            }

            if (MessageText(input) is not { } text)
            {
                return OsuResponses.Invalid("The message is empty or longer than the channel allows.");
            }

            var channel = PrivateChannel(world, community.Chat, me, target);
            // A repeated request (same sender, same uuid) answers the message it already created.
            var message = (uuid is null ? null : channel.Messages.FirstOrDefault(m => m.SenderId == me.Id && m.Uuid == uuid))
                ?? community.Chat.Post(channel, me.Id, text, Bool(input, "is_action"), OsuClock.Now(context), uuid);
            return OsuResponses.Json(new JsonObject
            {
                ["channel"] = OsuChatPresenter.ForPrivateMessage(channel),
                ["message"] = OsuChatPresenter.Message(world, message),
                ["new_channel_id"] = channel.Id,
            });
        }
    }

    private static async Task<IResult> CreateAsync(HttpContext context, OsuWorld world, OsuCommunity community)
    {
        var me = OsuCaller.From(context).User!;
        var input = await OsuRequestInput.ReadAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        if (input is null)
        {
            return OsuResponses.Invalid(null);
        }

        lock (world.Sync)
        {
            switch (input["type"]?.ToString())
            {
                case "PM":
                    if (Long(input, "target_id") is not { } targetId || !world.Users.TryGetValue(targetId, out var target) || target.Id == me.Id)
                    {
                        return OsuResponses.NotFound();
                    }

                    return OsuResponses.Json(OsuChatPresenter.Created(world, PrivateChannel(world, community.Chat, me, target)));
                case "ANNOUNCE":
                    return Announce(context, world, community.Chat, me, input);
                default:
                    return OsuResponses.Invalid("Invalid channel type.");
            }
        }
    }

    private static IResult Announce(HttpContext context, OsuWorld world, OsuChat chat, OsuUser me, JsonObject input)
    {
        if (!OsuChatPresenter.IsAnnouncer(me))
        {
            return OsuResponses.Error(StatusCodes.Status403Forbidden, null);
        }

        var targets = (input["target_ids"] as JsonArray ?? []).Select(n => n is null ? (long?)null : long.TryParse(n.ToString(), out var id) ? id : null).OfType<long>().Distinct().ToList();
        var name = input["channel"]?["name"]?.ToString();
        var text = MessageText(input);
        if (targets.Count == 0 || targets.Any(id => !world.Users.ContainsKey(id)) || string.IsNullOrWhiteSpace(name) || text is null)
        {
            return OsuResponses.Invalid("An announcement needs target users, a channel name and a message.");
        }

        var channel = chat.AddChannel(name.Trim(), "ANNOUNCE", input["channel"]?["description"]?.ToString() ?? "", uuid: input["uuid"]?.ToString());
        channel.Members.Add(me.Id);
        channel.Members.UnionWith(targets);
        chat.Post(channel, me.Id, text, isAction: false, OsuClock.Now(context));
        return OsuResponses.Json(OsuChatPresenter.Created(world, channel));
    }

    private static IResult Join(HttpContext context, OsuWorld world, OsuCommunity community, string channel, string user) =>
        AsCaller(context, world, community, channel, user, (found, me) =>
        {
            if (!found.IsPublic && !found.Members.Contains(me.Id))
            {
                return OsuResponses.Error(StatusCodes.Status403Forbidden, null);
            }

            if (found.Members.Add(me.Id) && found.LastMessageId is { } newest)
            {
                found.LastRead[me.Id] = newest;
            }

            return OsuResponses.Json(OsuChatPresenter.ForMember(found, me));
        });

    private static IResult Leave(HttpContext context, OsuWorld world, OsuCommunity community, string channel, string user) =>
        AsCaller(context, world, community, channel, user, (found, me) =>
        {
            found.Members.Remove(me.Id);
            return Results.NoContent();
        });

    // Membership routes name a user, who must be the caller (osu-web answers anyone else 403 {"error":null}).
    private static IResult AsCaller(HttpContext context, OsuWorld world, OsuCommunity community, string channel, string user, Func<OsuChatChannel, OsuUser, IResult> action)
    {
        var me = OsuCaller.From(context).User!;
        lock (world.Sync)
        {
            if (!IsCaller(user, me))
            {
                return OsuResponses.Error(StatusCodes.Status403Forbidden, null);
            }

            return FindChannel(community, channel) is { } found ? action(found, me) : ChannelNotFound();
        }
    }

    private static IResult MarkRead(HttpContext context, OsuWorld world, OsuCommunity community, string channel, string message)
    {
        var me = OsuCaller.From(context).User!;
        lock (world.Sync)
        {
            if (MemberChannel(community, channel, me) is not { } found)
            {
                return ChannelNotFound();
            }

            if (!long.TryParse(message, NumberStyles.None, CultureInfo.InvariantCulture, out var messageId) || found.Messages.All(m => m.Id != messageId))
            {
                return OsuResponses.ModelNotFound("Chat\\Message");
            }

            found.LastRead[me.Id] = Math.Max(found.LastRead.GetValueOrDefault(me.Id), messageId);
            return Results.NoContent();
        }
    }

    private static OsuChatChannel PrivateChannel(OsuWorld world, OsuChat chat, OsuUser me, OsuUser target)
    {
        if (chat.FindPrivateChannel(me.Id, target.Id) is { } existing)
        {
            existing.Members.Add(me.Id);
            return existing;
        }

        var channel = chat.AddChannel(target.Username, "PM", icon: world.Users[target.Id].Profile["avatar_url"]?.ToString());
        channel.Members.UnionWith([me.Id, target.Id]);
        return channel;
    }

    private static OsuChatChannel? FindChannel(OsuCommunity community, string channel) =>
        long.TryParse(channel, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? community.Chat.Channels.GetValueOrDefault(id) : null;

    private static OsuChatChannel? MemberChannel(OsuCommunity community, string channel, OsuUser me) =>
        FindChannel(community, channel) is { } found && found.Members.Contains(me.Id) ? found : null;

    private static bool IsCaller(string user, OsuUser me) =>
        long.TryParse(user, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id == me.Id;

    private static string? MessageText(JsonObject input) =>
        input["message"]?.ToString() is { } text && !string.IsNullOrWhiteSpace(text) && text.Length <= OsuChatPresenter.MessageLengthLimit ? text : null;

    private static long? Long(JsonObject input, string name) =>
        input[name] is { } node && long.TryParse(node.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static bool Bool(JsonObject input, string name) => input[name] is { } node && OsuQuery.ParseBool(node.ToString()) == true;

    private static IResult ChannelNotFound() => OsuResponses.ModelNotFound("Chat\\Channel");
}
