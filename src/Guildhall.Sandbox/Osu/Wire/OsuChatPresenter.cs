using Guildhall.Sandbox.Osu.State;

namespace Guildhall.Sandbox.Osu.Wire;

/// <summary>Writes chat channels and messages as osu-web's <c>Chat\ChannelTransformer</c> and <c>Chat\MessageTransformer</c> do.</summary>
internal static class OsuChatPresenter
{
    public const int MessageLengthLimit = 450;

    /// <summary>The eight fields every channel carries (the listing of joinable channels sends only these).</summary>
    public static JsonObject Base(OsuChatChannel channel) => new()
    {
        ["channel_id"] = channel.Id,
        ["description"] = channel.Description,
        ["icon"] = channel.Icon,
        ["message_length_limit"] = MessageLengthLimit,
        ["moderated"] = channel.Moderated,
        ["name"] = channel.Name,
        ["type"] = channel.Type,
        ["uuid"] = channel.Uuid,
    };

    /// <summary>A channel as its member sees it: what they may do, the newest and last read message, PM members.</summary>
    public static JsonObject ForMember(OsuChatChannel channel, OsuUser viewer)
    {
        var result = Base(channel);
        var lastRead = channel.LastRead.TryGetValue(viewer.Id, out var read) ? read : (long?)null;
        result["current_user_attributes"] = new JsonObject
        {
            ["can_list_users"] = false,
            ["can_message"] = CanMessage(channel, viewer) is null,
            ["can_message_error"] = CanMessage(channel, viewer),
            ["last_read_id"] = lastRead,
        };
        result["last_message_id"] = channel.LastMessageId;
        result["last_read_id"] = lastRead;
        result["users"] = Members(channel);
        return result;
    }

    /// <summary>A channel as a private message's answer carries it: the newest message and the member ids.</summary>
    public static JsonObject ForPrivateMessage(OsuChatChannel channel)
    {
        var result = Base(channel);
        result["last_message_id"] = channel.LastMessageId;
        result["users"] = new JsonArray([.. channel.Members.Order().Select(id => (JsonNode)id)]);
        return result;
    }

    /// <summary>A channel just created: with its (deprecated) recent messages.</summary>
    public static JsonObject Created(OsuWorld world, OsuChatChannel channel)
    {
        var result = Base(channel);
        result["recent_messages"] = new JsonArray([.. channel.Messages.TakeLast(50).Select(m => (JsonNode)Message(world, m))]);
        return result;
    }

    public static JsonObject Message(OsuWorld world, OsuChatMessage message)
    {
        var result = new JsonObject
        {
            ["channel_id"] = message.ChannelId,
            ["content"] = message.Content,
            ["is_action"] = message.IsAction,
            ["message_id"] = message.Id,
            ["sender_id"] = message.SenderId,
            ["timestamp"] = OsuJsonTime.Zulu(message.Timestamp),
            ["type"] = message.IsAction ? "action" : "plain",
        };
        if (message.Uuid is not null)
        {
            result["uuid"] = message.Uuid;
        }

        result["sender"] = OsuUserPresenter.Compact(world.Users[message.SenderId]);
        return result;
    }

    /// <summary>
    /// Why <paramref name="viewer"/>, a member, may not write in the channel, or <see langword="null"/> when they may
    /// (osu-web's <c>ChatChannelCanMessage</c>: announcements need the announce permission; moderators write in moderated channels).
    /// </summary>
    public static string? CanMessage(OsuChatChannel channel, OsuUser viewer) =>
        channel.Type == "ANNOUNCE" ? (IsAnnouncer(viewer) ? null : "Only the announcer may write here.")
        : channel.Moderated && !IsModerator(viewer) ? "This channel is currently moderated."
        : null;

    /// <summary>Who may create announcement channels: staff and bots (osu-web's <c>ChatAnnounce</c> permission).</summary>
    public static bool IsAnnouncer(OsuUser user) =>
        user.IsBot || user.Profile["default_group"]?.GetValue<string>() is "dev" or "gmt" or "nat" or "bot";

    /// <summary>Who writes in moderated channels: the Global Moderation Team and the NAT (osu-web's <c>isModerator</c>).</summary>
    private static bool IsModerator(OsuUser user) => user.Profile["default_group"]?.GetValue<string>() is "gmt" or "nat";

    private static JsonArray Members(OsuChatChannel channel) =>
        channel.Type == "PM" ? new JsonArray([.. channel.Members.Order().Select(id => (JsonNode)id)]) : [];
}
