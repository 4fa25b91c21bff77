namespace Guildhall.Osu.Tests.Wire;

/// <summary>Chat: channels as each route sends them, messages, private message answers and acks.</summary>
internal static partial class OsuWire
{
    /// <summary>The public channels (<c>GET /chat/channels</c>): the eight base fields each.</summary>
    public static string Channels() => """
        [{"channel_id":5,"description":"Harbour talk.","icon":null,"message_length_limit":450,"moderated":false,"name":"#harbour","type":"PUBLIC","uuid":null},
         {"channel_id":6,"description":"Find a lobby.","icon":null,"message_length_limit":450,"moderated":true,"name":"#lobbies","type":"PUBLIC","uuid":null}]
        """;

    /// <summary>A channel with its members (<c>GET /chat/channels/{id}</c>) for a PM between <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static string ChannelWithUsers(long a, long b) => $$"""
        {"channel":{"channel_id":7001,"description":"","icon":"https://a.ppy.sh/{{b}}?1.png","message_length_limit":450,"moderated":false,
          "name":"Skerry","type":"PM","uuid":null,
          "current_user_attributes":{"can_list_users":false,"can_message":true,"can_message_error":null,"last_read_id":9010},
          "last_message_id":9012,"last_read_id":9010,"users":[{{a}},{{b}}]},
         "users":[{{UserCard(a, "Keeper")}},{{UserCard(b, "Skerry")}}]}
        """;

    /// <summary><paramref name="count"/> messages of a channel, oldest first, from <paramref name="firstId"/> on.</summary>
    public static string Messages(int count, long firstId) => Array(count, i => ChatMessage(firstId + i, 5, i % 3 == 2));

    /// <summary>One message with its sender, as sending answers it.</summary>
    public static string ChatMessage(long id, long channelId, bool isAction = false) => $$"""
        {"channel_id":{{channelId}},"content":"tide's turning {{id}}","is_action":{{(isAction ? "true" : "false")}},"message_id":{{id}},
         "sender_id":{{PlayerId}},"timestamp":"2026-06-30T20:1{{id % 10}}:00Z","type":"{{(isAction ? "action" : "plain")}}","sender":{{UserCard(PlayerId, "Skerry")}} }
        """;

    /// <summary>A private message's answer (<c>POST /chat/new</c>): the channel with member ids, the message, the deprecated id.</summary>
    public static string PrivateMessage() => $$"""
        {"channel":{"channel_id":7001,"description":"","icon":"https://a.ppy.sh/2?1.png","message_length_limit":450,"moderated":false,
          "name":"Keeper","type":"PM","uuid":null,"last_message_id":9013,"users":[2,{{PlayerId}}]},
         "message":{{ChatMessage(9013, 7001)}},"new_channel_id":7001}
        """;

    /// <summary>A created channel with its (deprecated) recent messages.</summary>
    public static string CreatedChannel() => $$"""
        {"channel_id":7002,"description":"Results are in","icon":null,"message_length_limit":450,"moderated":false,"name":"Tournament",
         "type":"ANNOUNCE","uuid":"owned-uuid-1","recent_messages":[{{ChatMessage(9014, 7002)}}]}
        """;

    /// <summary>An ack with one silence.</summary>
    public static string Ack() => """{"silences":[{"id":31,"user_id":5150}]}""";
}
