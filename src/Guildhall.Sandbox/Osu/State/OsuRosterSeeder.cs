
namespace Guildhall.Sandbox.Osu.State;

/// <summary>
/// Seeds the users: the signed-in sandbox user and a staff account with complete profiles, the bot, and invented
/// players in roles (leaderboard regulars, players of the other rulesets, nominators, modders, mappers, casual players)
/// whose performance and kudosu fit the role.
/// </summary>
internal static class OsuRosterSeeder
{
    // Most players come from a handful of big countries; the rest spread over every known code.
    private static readonly string[] CommonCountries = ["US", "JP", "KR", "DE", "PL", "FR", "BR", "CA", "GB", "RU", "CN", "AU"];

    private static readonly DateTimeOffset LastSeen = new(2026, 7, 3, 0, 0, 0, TimeSpan.Zero);

    public static OsuRoster Seed(OsuWorld world)
    {
        var me = Me();
        var staff = Staff();
        var bot = OsuUserFactory.FromCompact(
            Compact(OsuSandboxCredentials.BotUserId, OsuSandboxCredentials.BotUsername, "AU", isSupporter: false, defaultGroup: "bot"), 0, "osu");
        bot.Profile["is_bot"] = true;
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var user in new[] { me, staff, bot })
        {
            Add(world, user);
            taken.Add(OsuWorld.NormalizeUsername(user.Username));
        }

        var roster = new Population(world, taken);
        var top = roster.Add(55, k => 13_800 - (k * 115), "osu", kudosu: null, teamChance: 0.45);
        for (var ruleset = 1; ruleset < OsuRuleset.Names.Count; ruleset++)
        {
            roster.Add(6, k => 9_500 - (k * 700), OsuRuleset.Name(ruleset), kudosu: null, teamChance: 0.3);
        }

        var nominators = roster.Add(6, k => 2_000 + (k * 650), "osu", kudosu: k => 3_000 - (k * 240), teamChance: 0.2, defaultGroup: "bng");
        roster.Add(36, k => 200 + (k * 140), null, kudosu: k => 1_500 - (k * 40), teamChance: 0.15);
        var mappers = roster.Add(26, k => k % 4 == 3 ? 0 : 150 + (k * 130), null, kudosu: k => 400 - (k * 15), teamChance: 0.1);
        roster.Add(24, k => 30 + (k * 105), null, kudosu: null, teamChance: 0.1);
        return new OsuRoster(me, staff, top, mappers, nominators);
    }

    private static void Add(OsuWorld world, OsuUser user) => world.Users.Add(user.Id, user);

    private static OsuUser Me()
    {
        var me = Featured(
            Compact(OsuSandboxCredentials.UserId, OsuSandboxCredentials.Username, "CA", isSupporter: false), team: 0, kudosu: 12, medals: 110,
            [8_600, 950, 430, 1_250], "Hi! I test bots against the Guildhall sandbox.", "Ask me about [b]rate limits[/b].");
        var profile = me.Profile;
        profile["discord"] = "sandbox.tester";
        profile["interests"] = "rhythm games, mapping, writing bots";
        profile["location"] = "Localhost";
        profile["occupation"] = "Bot developer";
        profile["twitter"] = "sandbox_tester";
        profile["website"] = "https://example.org/sandbox-tester";
        profile["playstyle"] = null;
        profile["profile_hue"] = null;
        profile["previous_usernames"] = new JsonArray("tester_sandbox");
        return me;
    }

    private static OsuUser Staff()
    {
        var compact = Compact(OsuSandboxSeed.StaffUserId, OsuSandboxSeed.StaffUsername, "AU", isSupporter: true, defaultGroup: "dev", lastVisit: LastSeen.AddHours(-5));
        compact["profile_colour"] = OsuCatalog.Colour("dev");
        var staff = Featured(compact, team: 1, kudosu: 85, medals: 25, [2_150, 310, 0, 520], "I keep the sandbox running.", "Found a bug? Tell me in [i]#sandbox[/i].");
        var profile = staff.Profile;
        profile["groups"] = new JsonArray(OsuCatalog.Group("dev", "osu"), OsuCatalog.Group("alumni", "osu"));
        profile["playstyle"] = new JsonArray("mouse", "tablet");
        profile["profile_hue"] = 333;
        profile["support_level"] = 3;
        return staff;
    }

    // An account with a complete profile: custom cover, a team, kudosu, medals, performance in each ruleset (osu! first,
    // its main one), a ranked-play standing and a profile page.
    private static OsuUser Featured(JsonObject compact, int team, int kudosu, int medals, double[] pp, string greeting, string line)
    {
        var id = compact["id"]!.ToInt64();
        compact["cover"] = OsuUserFactory.CustomCover(id);
        compact["team"] = OsuTeams.Team(team);
        compact["kudosu"] = new JsonObject { ["available"] = kudosu * 3 / 4, ["total"] = kudosu };
        var user = OsuUserFactory.FromCompact(compact, pp[0], "osu");
        for (var ruleset = 1; ruleset < pp.Length; ruleset++)
        {
            user.Statistics[ruleset] = OsuUserFactory.Statistics(pp[ruleset], (id * 4) + ruleset);
        }

        user.Profile["matchmaking_stats"] = new JsonArray(OsuProfileHistory.Matchmaking(id, pp[0]));
        user.Profile["user_achievements"] = OsuProfileHistory.Achievements(id, medals);
        user.Profile["page"] = Page(greeting, line);
        return user;
    }

    // A profile page as written (BBCode) and as the website renders it.
    private static JsonObject Page(string greeting, string line) => new()
    {
        ["html"] = "<div class='bbcode bbcode--profile-page'><div class=\"bbcode__align-centre\">" + greeting + "</div><br />"
            + line.Replace("[b]", "<strong>", StringComparison.Ordinal).Replace("[/b]", "</strong>", StringComparison.Ordinal)
                .Replace("[i]", "<em>", StringComparison.Ordinal).Replace("[/i]", "</em>", StringComparison.Ordinal) + "</div>",
        ["raw"] = $"[centre]{greeting}[/centre]\n{line}",
    };

    private static JsonObject Compact(long id, string username, string country, bool isSupporter, string defaultGroup = "default", DateTimeOffset? lastVisit = null) => new()
    {
        ["avatar_url"] = $"https://a.ppy.sh/{id}?{1_600_000_000 + OsuDeterministic.Between(0, 180_000_000, id, 92)}.jpeg",
        ["country_code"] = country,
        ["default_group"] = defaultGroup,
        ["id"] = id,
        ["is_active"] = true,
        ["is_bot"] = false,
        ["is_deleted"] = false,
        ["is_online"] = false,
        ["is_supporter"] = isSupporter,
        ["last_visit"] = lastVisit is { } seen ? OsuJsonTime.Offset(seen) : null,
        ["pm_friends_only"] = false,
        ["profile_colour"] = null,
        ["username"] = username,
    };

    /// <summary>Adds invented players of one role at a time, numbering them so names and ids never repeat.</summary>
    private sealed class Population(OsuWorld world, HashSet<string> taken)
    {
        private int _number;

        /// <summary>
        /// Adds <paramref name="count"/> players; the k-th gets <paramref name="pp"/>(k) in <paramref name="playmode"/>
        /// (else a ruleset derived from the id) and, when given, <paramref name="kudosu"/>(k) kudosu.
        /// </summary>
        public List<OsuUser> Add(int count, Func<int, double> pp, string? playmode, Func<int, int>? kudosu, double teamChance, string defaultGroup = "default")
        {
            var names = OsuUsernames.Next(_number, count, taken);
            var users = new List<OsuUser>(count);
            for (var k = 0; k < count; k++)
            {
                var number = _number++;
                var id = 30_000_000 + (number * 4_271L) + OsuDeterministic.Between(0, 999, number, 90);
                var lastVisit = OsuDeterministic.Unit(id, 93) < 0.4 ? null : (DateTimeOffset?)LastSeen.AddMinutes(-OsuDeterministic.Between(0, 500_000, id, 94));
                var compact = Compact(id, names[k], Country(id), OsuDeterministic.Unit(id, 95) < 0.45, defaultGroup, lastVisit);
                compact["is_active"] = lastVisit is not null || OsuDeterministic.Unit(id, 96) < 0.5;
                compact["is_online"] = lastVisit is { } seen && seen > LastSeen.AddHours(-2);
                if (defaultGroup != "default")
                {
                    compact["profile_colour"] = OsuCatalog.Colour(defaultGroup);
                }

                if (OsuDeterministic.Unit(id, 97) < teamChance)
                {
                    compact["team"] = OsuTeams.Team(OsuDeterministic.Between(0, OsuTeams.Count - 1, id, 98));
                }

                if (OsuDeterministic.Unit(id, 99) < 0.2)
                {
                    compact["cover"] = OsuUserFactory.CustomCover(id);
                }

                if (kudosu is not null)
                {
                    var total = Math.Max(0, kudosu(k) + OsuDeterministic.Between(0, 30, id, 100));
                    compact["kudosu"] = new JsonObject { ["available"] = total * 3 / 4, ["total"] = total };
                }

                var topPp = pp(k);
                var user = OsuUserFactory.FromCompact(compact, topPp > 0 ? topPp + OsuDeterministic.Between(0, 60, id, 101) : 0, playmode);
                world.Users.Add(id, user);
                users.Add(user);
            }

            return users;
        }

        private static string Country(long id) => OsuDeterministic.Unit(id, 102) < 0.55
            ? OsuDeterministic.Pick(CommonCountries, id, 103)
            : OsuDeterministic.Pick(OsuCountries.Codes, id, 104);
    }
}
