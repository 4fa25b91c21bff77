namespace Guildhall.Sandbox.Osu.State;

/// <summary>
/// Seeds the chat: public channels (<c>#osu</c> with the sandbox user, the staff account and the bot in it, and more
/// than one page of messages; <c>#lobby</c>, <c>#help</c> empty of members; the moderated <c>#announce</c> with the sandbox
/// user and the staff account in it), and one silence.
/// </summary>
internal static class OsuChatSeeder
{
    private static readonly string[] Lines =
    [
        "anyone up for a multi?", "that slider end was brutal", "new ranked map in the featured set", "gl on the tourney",
        "how do I read approach circles faster", "fc'd it finally", "the bot answers !np", "what skin is that",
    ];

    public static OsuChat Seed(OsuCommunityCast cast, DateTimeOffset now)
    {
        var chat = new OsuChat();
        var osu = chat.AddChannel("#osu", "PUBLIC", "The official osu! channel (english only).", id: Osu.OsuSandboxCommunitySeed.OsuChannelId);
        chat.AddChannel("#lobby", "PUBLIC", "Advertise your Multiplayer game.", id: Osu.OsuSandboxCommunitySeed.LobbyChannelId);
        chat.AddChannel("#help", "PUBLIC", "Ask for help here.", id: 7);
        var announce = chat.AddChannel("#announce", "PUBLIC", "Announcements from the osu! team.", id: Osu.OsuSandboxCommunitySeed.AnnounceChannelId, moderated: true);
        announce.Members.UnionWith([cast.Me.Id, cast.Staff.Id]);
        osu.Members.UnionWith([cast.Me.Id, cast.Staff.Id, cast.Bot.Id]);
        var speakers = cast.Players.Take(6).Append(cast.Staff).ToList();
        const int Count = 64;
        for (var i = 0; i < Count; i++)
        {
            var speaker = speakers[i % speakers.Count];
            osu.Members.Add(speaker.Id);
            chat.Post(osu, speaker.Id, Lines[i % Lines.Length], isAction: false, now.AddMinutes(-(Count - i) * 3));
        }

        osu.LastRead[cast.Me.Id] = osu.Messages[^10].Id;
        // Issued half an hour ago: a reader who last saw an older message hears of it, one who is up to date does not.
        chat.Silences.Add(new OsuChatSilence(1, cast.Players[^1].Id, now.AddMinutes(-30)));
        return chat;
    }
}
