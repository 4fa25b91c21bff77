namespace Guildhall.Sandbox.Osu.State;

/// <summary>
/// The chat of the osu! emulator: channels, messages and silences. Held under <see cref="OsuWorld.Sync"/> like the
/// rest of the world. Message ids grow across the whole chat, as on the real service.
/// </summary>
internal sealed class OsuChat
{
    public Dictionary<long, OsuChatChannel> Channels { get; } = [];

    /// <summary>Silenced users as <c>/chat/ack</c> reports them, oldest first.</summary>
    public List<OsuChatSilence> Silences { get; } = [];

    public long NextChannelId { get; set; } = 6_400;

    public long NextMessageId { get; set; } = 8_000;

    /// <summary>The PM channel between two users, if they have one.</summary>
    public OsuChatChannel? FindPrivateChannel(long a, long b) =>
        Channels.Values.FirstOrDefault(c => c.Type == "PM" && c.Members.Count == 2 && c.Members.Contains(a) && c.Members.Contains(b));

    public OsuChatChannel AddChannel(string name, string type, string description = "", string? icon = null, string? uuid = null, long? id = null, bool moderated = false)
    {
        var channel = new OsuChatChannel { Id = id ?? NextChannelId++, Name = name, Type = type, Description = description, Icon = icon, Uuid = uuid, Moderated = moderated };
        Channels[channel.Id] = channel;
        return channel;
    }

    /// <summary>
    /// The silences a reader has not seen, as osu-web's <c>ChatController::getSilences</c> picks them (newest first, at
    /// most 100): after the silence id <paramref name="historySince"/> when given; otherwise those issued after the
    /// newest message at or before <paramref name="sinceMessageId"/>, and none when there is no such message.
    /// </summary>
    public IEnumerable<OsuChatSilence> SilencesSince(long? historySince, long sinceMessageId)
    {
        if (historySince is { } afterId)
        {
            return Silences.Where(s => s.Id > afterId).OrderByDescending(s => s.Id).Take(100);
        }

        var previous = Channels.Values.SelectMany(c => c.Messages).Where(m => m.Id <= sinceMessageId).MaxBy(m => m.Id);
        return previous is null ? [] : Silences.Where(s => s.Timestamp > previous.Timestamp).OrderByDescending(s => s.Id).Take(100);
    }

    /// <summary>Appends a message; the sender's read marker moves to it.</summary>
    public OsuChatMessage Post(OsuChatChannel channel, long senderId, string content, bool isAction, DateTimeOffset now, string? uuid = null)
    {
        var message = new OsuChatMessage(NextMessageId++, channel.Id, senderId, content, isAction, now, uuid);
        channel.Messages.Add(message);
        channel.LastRead[senderId] = message.Id;
        return message;
    }
}
