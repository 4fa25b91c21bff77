namespace Guildhall.Sandbox.Osu;

/// <summary>
/// Well-known records of the osu! emulator's chat, forum and multiplayer seed (generated deterministically at host
/// start like the rest of its world), so tests, samples and the tour can name them.
/// </summary>
public static class OsuSandboxCommunitySeed
{
    /// <summary>The public channel <c>#osu</c>: the sandbox user, the staff account and the bot are in it, with more than one page of messages.</summary>
    public const long OsuChannelId = 5;

    /// <summary>The public channel <c>#lobby</c>, which nobody has joined yet.</summary>
    public const long LobbyChannelId = 6;

    /// <summary>
    /// The moderated public channel <c>#announce</c>: the sandbox user and the staff account are in it, and only moderators
    /// (the Global Moderation Team and the NAT, which no seeded member belongs to) may write there.
    /// </summary>
    public const long AnnounceChannelId = 8;

    /// <summary>The forum new topics may be opened in (every seeded user may write there).</summary>
    public const long ForumId = 74;

    /// <summary>A topic of <see cref="ForumId"/> with more posts than fit a page, opened by the sandbox user.</summary>
    public const long ForumTopicId = 1000;

    /// <summary>A locked topic: replies are refused.</summary>
    public const long LockedForumTopicId = 1001;

    /// <summary>A finished tournament match with players joining and leaving, several games and their scores.</summary>
    public const long MatchId = 111_000_200;

    /// <summary>How many matches the listing holds.</summary>
    public const int MatchCount = 120;

    /// <summary>An open playlist room with two items, a leaderboard and more scores on its first item than fit a page.</summary>
    public const long RoomId = 900_001;

    /// <summary>The first playlist item of <see cref="RoomId"/>.</summary>
    public const long PlaylistItemId = 5_300_001;
}
