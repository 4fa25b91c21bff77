using static Guildhall.Sandbox.Tatsu.TatsuSandboxData;

namespace Guildhall.Sandbox.Tatsu.State;

/// <summary>
/// The seeded Tatsu world: three key owners, a supporter, two guilds whose leaderboards span several pages, a guild
/// nobody with a sandbox key joined, and three store listings. Numbers are derived from member indexes, so every
/// sandbox starts identical and tests can rely on the order.
/// </summary>
internal static class TatsuSeed
{
    /// <summary>How Tatsu writes a Go zero time, which is what a non-supporter's renewal date holds.</summary>
    private const string ZeroRenewal = "0001-01-01T00:00:00Z";

    public static void Populate(TatsuWorld world, DateTimeOffset now)
    {
        AddKeyOwners(world, now);
        AddGuild(world, now, new TatsuGuild(TavernGuildId, "The Guildhall Tavern", GuildmasterUserId), TavernMemberCount, salt: 11);
        AddGuild(world, now, new TatsuGuild(LibraryGuildId, "The Guildhall Library", GuildmasterUserId), LibraryMemberCount, salt: 23);
        AddClosedGuild(world, now);
        AddListings(world);
    }

    /// <summary>The user id of the <paramref name="index"/>-th generated member (1-based).</summary>
    public static ulong GeneratedMemberId(int index) => MemberUserIdBase + (ulong)index;

    public static JsonObject Profile(ulong userId, string username, int index, int subscriptionType, string? renewal)
    {
        var hash = string.Create(CultureInfo.InvariantCulture, $"{userId:x16}{userId * 31:x16}");
        var profile = new JsonObject
        {
            ["avatar_hash"] = hash,
            ["avatar_url"] = $"https://cdn.discordapp.com/avatars/{userId}/{hash}.webp?size=1024",
            ["credits"] = 1_000 + (index * 7_919 % 250_000),
            ["discriminator"] = "0",
            ["id"] = userId.ToString(CultureInfo.InvariantCulture),
            ["info_box"] = $"Hello, I am {username}.",
            ["reputation"] = index * 3 % 120,
            ["subscription_type"] = subscriptionType,
            ["title"] = index % 2 == 0 ? "Adventurer" : "Scholar",
            ["tokens"] = index * 13 % 900,
            ["username"] = username,
            ["xp"] = 5_000 + (index * 104_729 % 3_000_000),
        };
        if (renewal is not null)
        {
            profile["subscription_renewal"] = renewal;
        }

        return profile;
    }

    private static void AddKeyOwners(TatsuWorld world, DateTimeOffset now)
    {
        world.Profiles[GuildmasterUserId] = Profile(GuildmasterUserId, "guildmaster", 1, 1, Rfc3339(now.AddDays(21)));
        // The key owners show the three shapes the renewal date takes for non-supporters: absent and empty here,
        // the Go zero time on every generated member.
        world.Profiles[ApprenticeUserId] = Profile(ApprenticeUserId, "apprentice", 2, 0, renewal: null);
        world.Profiles[WandererUserId] = Profile(WandererUserId, "wanderer", 3, 0, renewal: "");
        world.Profiles[SupporterUserId] = Profile(SupporterUserId, "patron", 4, 2, Rfc3339(now.AddDays(90)));
        world.Keys[TatsuSandboxCredentials.GuildmasterKey] = GuildmasterUserId;
        world.Keys[TatsuSandboxCredentials.ApprenticeKey] = ApprenticeUserId;
        world.Keys[TatsuSandboxCredentials.WandererKey] = WandererUserId;
    }

    private static void AddGuild(TatsuWorld world, DateTimeOffset now, TatsuGuild guild, int memberCount, int salt)
    {
        guild.Members[GuildmasterUserId] = Member(GuildmasterUserId, 1_234_567, now, salt);
        guild.Members[ApprenticeUserId] = Member(ApprenticeUserId, 45_678, now, salt + 1);
        for (var index = 1; index <= memberCount - 2; index++)
        {
            var userId = GeneratedMemberId(index);
            var member = Member(userId, (ulong)(5_000_000 / (index + 1)) + (ulong)((index * 7_919 + salt) % 997), now, index + salt);
            // The first generated member moderates: Manage Server without owning the guild.
            member.ManageGuild = index == 1;
            guild.Members[userId] = member;
            world.Profiles.TryAdd(userId, Profile(userId, $"member{index:D3}", index, 0, ZeroRenewal));
        }

        world.Guilds[guild.Id] = guild;
    }

    private static void AddClosedGuild(TatsuWorld world, DateTimeOffset now)
    {
        var owner = GeneratedMemberId(500);
        var guild = new TatsuGuild(ClosedGuildId, "The Sealed Vault", owner);
        for (var index = 500; index <= 505; index++)
        {
            var userId = GeneratedMemberId(index);
            guild.Members[userId] = Member(userId, (ulong)(90_000 - index), now, index);
            world.Profiles.TryAdd(userId, Profile(userId, $"member{index:D3}", index, 0, ZeroRenewal));
        }

        world.Guilds[guild.Id] = guild;
    }

    private static TatsuMember Member(ulong userId, ulong baseScore, DateTimeOffset now, int salt)
    {
        var member = new TatsuMember(userId) { BaseScore = baseScore, Points = (ulong)(salt * 53 % 10_000) };
        // Three dated gains: one outside the month, one inside the month only, one inside the week.
        member.ChangeScore(add: true, 500, now.AddDays(-45));
        member.ChangeScore(add: true, (ulong)(salt * 131 % 20_000) + 1, now.AddDays(-12));
        member.ChangeScore(add: true, (ulong)(salt * 37 % 3_000) + 1, now.AddDays(-2));
        return member;
    }

    private static void AddListings(TatsuWorld world)
    {
        world.Listings[AntiqueChairListingId] = new JsonObject
        {
            ["id"] = AntiqueChairListingId,
            ["name"] = "Antique Chair",
            ["summary"] = "A 1x1 chair for your room.",
            ["description"] = "Carved oak, slightly wobbly, full of stories.",
            ["new"] = false,
            ["preview"] = "https://cdn.tatsu.gg/store/furni_1x1_antique_chair.png",
            ["prices"] = new JsonArray(Price(0, 25_000)),
            ["categories"] = new JsonArray("furniture"),
            ["tags"] = new JsonArray("antique", "chair", "wood"),
        };
        world.Listings[SupporterBadgeListingId] = new JsonObject
        {
            ["id"] = SupporterBadgeListingId,
            ["name"] = "Supporter Badge 2024",
            ["summary"] = "Show your support on your profile.",
            ["description"] = "A badge for the profile card.",
            ["new"] = true,
            ["preview"] = "https://cdn.tatsu.gg/store/badge_supporter_2024.png",
            ["prices"] = new JsonArray(Price(4, 4.99), Price(1, 500)),
            ["categories"] = new JsonArray("badges"),
            ["tags"] = new JsonArray("supporter"),
        };
        world.Listings[PlainBackgroundListingId] = new JsonObject
        {
            ["id"] = PlainBackgroundListingId,
            ["name"] = "Plain Grey",
            ["summary"] = "A calm background.",
            ["description"] = "Grey. Just grey.",
            ["new"] = false,
        };
    }

    private static JsonObject Price(int currency, double amount) => new() { ["currency"] = currency, ["amount"] = amount };

    private static string Rfc3339(DateTimeOffset moment) =>
        moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
