namespace Guildhall.Sandbox.Tatsu;

/// <summary>
/// The identifiers of the seeded Tatsu sandbox, so tests, samples and the tour can name what exists. Every seeded
/// member also has a profile. Generated members have the user id <c>MemberUserIdBase + n</c>: n = 1..248 in the
/// Tavern, 1..198 in the Library (the same users), 500..505 in the closed guild, where member 500 is the owner.
/// </summary>
public static class TatsuSandboxData
{
    /// <summary>The owner of both seeded guilds; <see cref="TatsuSandboxCredentials.GuildmasterKey"/> is theirs.</summary>
    public const ulong GuildmasterUserId = 172002275412279297;

    /// <summary>A member of both seeded guilds without Manage Server; <see cref="TatsuSandboxCredentials.ApprenticeKey"/> is theirs.</summary>
    public const ulong ApprenticeUserId = 172002275412279298;

    /// <summary>A user in neither seeded guild; <see cref="TatsuSandboxCredentials.WandererKey"/> is theirs.</summary>
    public const ulong WandererUserId = 172002275412279299;

    /// <summary>A Supporter+ user whose profile carries a renewal date.</summary>
    public const ulong SupporterUserId = 172002275412279300;

    /// <summary>A user Tatsu has never seen: the profile route answers 404 for it.</summary>
    public const ulong UnknownUserId = 172002275412279999;

    /// <summary>The base of the generated members' user ids.</summary>
    public const ulong MemberUserIdBase = 300000000000000000;

    /// <summary>
    /// A guild of <see cref="TavernMemberCount"/> members, so its rankings span three pages (100, 100 and 50 rows).
    /// </summary>
    public const ulong TavernGuildId = 573880500000000001;

    /// <summary>How many members <see cref="TavernGuildId"/> has, its owner and the apprentice included.</summary>
    public const int TavernMemberCount = 250;

    /// <summary>
    /// A guild of exactly <see cref="LibraryMemberCount"/> members: its last page is full, so a pager learns it was the
    /// last only from the empty page after it.
    /// </summary>
    public const ulong LibraryGuildId = 573880500000000002;

    /// <summary>How many members <see cref="LibraryGuildId"/> has, its owner and the apprentice included.</summary>
    public const int LibraryMemberCount = 200;

    /// <summary>A guild with Tatsu in it that none of the sandbox keys' owners joined: guild routes answer 403.</summary>
    public const ulong ClosedGuildId = 573880500000000003;

    /// <summary>A guild Tatsu is not in: guild routes answer 404.</summary>
    public const ulong UnknownGuildId = 573880500000009999;

    /// <summary>A store listing priced in credits, with a preview, categories and tags.</summary>
    public const string AntiqueChairListingId = "furni_1x1_antique_chair";

    /// <summary>A store listing priced in US dollars and tokens, marked new.</summary>
    public const string SupporterBadgeListingId = "badge_supporter_2024";

    /// <summary>A bare store listing without preview, prices, categories or tags (all optional on the wire).</summary>
    public const string PlainBackgroundListingId = "background_plain_grey";
}
