
namespace Guildhall.Sandbox.Osu.State;

/// <summary>
/// Seeds what users did: the featured leaderboard (fifty stable plays of the top players), a stable play readable in both
/// formats (<see cref="OsuSandboxSeed.LazerScoreId"/>), plays for every ranked user in every ruleset they play, a few
/// plays within the last day (so <c>scores/recent</c> answers), pins, friends, favourites, kudosu, play counts and the
/// rank events these produce.
/// </summary>
internal static class OsuActivitySeeder
{
    private static readonly DateTimeOffset HistoryStart = new(2021, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // The mod combinations of the featured leaderboard, one per place in turn: mostly HD HR and HD, a few with DT.
    private static readonly string[][] LeaderboardMods =
        [["HD", "HR"], ["HD"], ["HD", "HR"], ["HD", "DT"], ["HD", "HR"], ["HD"], ["HR"], ["HD", "HR"], ["HD"], ["DT"]];

    public static void Seed(OsuWorld world, OsuRoster roster, DateTimeOffset now)
    {
        world.NextScoreId = 2_000_000_000;
        SeedFeaturedPlays(world, roster);
        SynthesizeScores(world);
        SynthesizeRecentScores(world, now);
        PinBestPlays(roster.Me, world);
        SeedFriends(world, roster);
        SeedFavourites(world);
        SeedKudosu(world);
        SeedPlaycounts(world);
        OsuEventFactory.AddRankEvents(world, world.Scores.Values.OrderBy(s => s.EndedAt).ThenBy(s => s.Id).ToList());
    }

    // Only these plays are set on the featured beatmap, so its leaderboard holds exactly fifty.
    private static void SeedFeaturedPlays(OsuWorld world, OsuRoster roster)
    {
        var featured = world.Beatmaps[OsuSandboxSeed.FeaturedBeatmapId];
        for (var place = 0; place < 50; place++)
        {
            var player = roster.TopPlayers[place];
            world.AddScore(OsuScoreFactory.Synthesize(
                world.NextScoreId++, world.NextLegacyScoreId++, player.Id, featured, 0, 1 - (place * 0.006), (long)OsuDeterministic.Hash(player.Id, 200),
                new DateTimeOffset(2024, 4, 1, 0, 0, 0, TimeSpan.Zero).AddHours(OsuDeterministic.Between(0, 18_000, player.Id, 201)),
                mods: LeaderboardMods[place % LeaderboardMods.Length]));
        }

        // The play readable in both formats is the signed-in user's, on the collaboration difficulty.
        var collaboration = world.Beatmapsets[OsuSandboxSeed.FeaturedBeatmapsetId].Beatmaps[^1];
        world.AddScore(OsuScoreFactory.Synthesize(
            OsuSandboxSeed.LazerScoreId, OsuSandboxSeed.LegacyScoreId, roster.Me.Id, collaboration, 0, 0.5, 202,
            new DateTimeOffset(2025, 11, 5, 21, 14, 3, TimeSpan.Zero), mods: ["HD"]));
    }

    private static void SynthesizeScores(OsuWorld world)
    {
        var pools = Enumerable.Range(0, 4).Select(r => Pool(world, r, "ranked", "approved", "loved")).ToList();
        var rankedPools = Enumerable.Range(0, 4).Select(r => Pool(world, r, "ranked")).ToList();
        var span = (new DateTimeOffset(2026, 6, 30, 0, 0, 0, TimeSpan.Zero) - HistoryStart).TotalHours;
        foreach (var user in world.Users.Values.OrderBy(u => u.Id).ToList())
        {
            for (var ruleset = 0; ruleset < 4; ruleset++)
            {
                var pp = user.Pp(ruleset);
                if (pp <= 0)
                {
                    continue;
                }

                var pool = pools[ruleset];
                var count = Math.Clamp((int)(pp / 1200), 2, 10);
                var skill = Math.Min(1, pp / 13_000);
                for (var i = 0; i < count; i++)
                {
                    // Everyone's first play in a ruleset is a stable play on a ranked map, so every ranked player
                    // has a stable top play there.
                    var seed = (long)OsuDeterministic.Hash(user.Id, ruleset, i);
                    var legacy = i == 0 || OsuDeterministic.Unit(seed, 2) < 0.6;
                    var beatmap = OsuDeterministic.Pick(i == 0 ? rankedPools[ruleset] : pool, seed, 1);
                    var endedAt = HistoryStart.AddHours(OsuDeterministic.Unit(seed, 3) * span);
                    world.AddScore(OsuScoreFactory.Synthesize(
                        world.NextScoreId++, legacy ? world.NextLegacyScoreId++ : null, user.Id, beatmap, ruleset, skill, seed, endedAt));
                }
            }
        }
    }

    // A few lazer plays within the last day, one of them failed, so "recent" lists (24 hours) are not empty.
    private static void SynthesizeRecentScores(OsuWorld world, DateTimeOffset now)
    {
        var players = world.Users.Values.Where(u => u.Pp(0) > 0).OrderByDescending(u => u.Id == OsuSandboxCredentials.UserId).ThenBy(u => u.Id).Take(6);
        var pool = Pool(world, 0, "ranked");
        foreach (var user in players)
        {
            for (var i = 0; i < 3; i++)
            {
                var seed = (long)OsuDeterministic.Hash(user.Id, 99, i);
                var beatmap = OsuDeterministic.Pick(pool, seed, 1);
                world.AddScore(OsuScoreFactory.Synthesize(
                    world.NextScoreId++, null, user.Id, beatmap, 0, Math.Min(1, user.Pp(0) / 13_000), seed,
                    now.AddMinutes(-(15 + (i * 50))), passed: i != 1));
            }
        }
    }

    // The beatmaps of a ruleset with one of the statuses, except the featured one, whose leaderboard stays as seeded.
    private static List<OsuBeatmap> Pool(OsuWorld world, int rulesetId, params string[] statuses) =>
        [.. world.Beatmaps.Values
            .Where(b => b.RulesetId == rulesetId && b.Id != OsuSandboxSeed.FeaturedBeatmapId && statuses.Contains(b.Data["status"]!.GetValue<string>()))
            .OrderBy(b => b.Id)];

    // The user's five best-paying plays in their own ruleset go on their profile.
    private static void PinBestPlays(OsuUser user, OsuWorld world)
    {
        var ruleset = OsuRuleset.TryParse(user.Playmode, out var id) ? id : 0;
        foreach (var score in world.BestScores(user.Id, ruleset).Take(5))
        {
            score.IsPinned = true;
        }
    }

    // The signed-in user befriends the staff account, a nominator and ten players; every other one befriends them back.
    private static void SeedFriends(OsuWorld world, OsuRoster roster)
    {
        var me = roster.Me;
        OsuUser[] known = [roster.Staff, roster.Nominators[0]];
        var others = known
            .Concat(world.Users.Values.Where(u => u.Id != me.Id && !u.IsBot && u.Pp(0) > 0 && !known.Contains(u)).OrderBy(u => u.Id).Take(10))
            .ToList();
        for (var i = 0; i < others.Count; i++)
        {
            me.FriendIds.Add(others[i].Id);
            if (i % 2 == 0)
            {
                others[i].FriendIds.Add(me.Id);
            }
        }

        roster.Staff.FriendIds.AddRange(others.Skip(known.Length).Take(4).Select(u => u.Id));
    }

    private static void SeedFavourites(OsuWorld world)
    {
        var userIds = world.Users.Keys.Order().ToList();
        foreach (var set in world.Beatmapsets.Values)
        {
            var fans = OsuDeterministic.Between(0, 4, set.Id, 30);
            for (var i = 0; i < fans; i++)
            {
                var fan = userIds[(int)(OsuDeterministic.Hash(set.Id, 31, i) % (ulong)userIds.Count)];
                if (!set.FavouritedBy.Contains(fan))
                {
                    set.FavouritedBy.Add(fan);
                }
            }

            if (OsuDeterministic.Unit(set.Id, 32) < 0.25 && !set.FavouritedBy.Contains(OsuSandboxCredentials.UserId))
            {
                set.FavouritedBy.Insert(0, OsuSandboxCredentials.UserId);
            }
        }
    }

    // Received kudosu, newest first: as many entries as the user's total (at most twenty), for votes on their posts in
    // discussions of the seeded sets.
    private static void SeedKudosu(OsuWorld world)
    {
        var beatmaps = world.Beatmaps.Values.OrderBy(b => b.Id).ToList();
        var nextId = 3_100_000L;
        foreach (var user in world.Users.Values.Where(u => u.KudosuTotal > 0).OrderBy(u => u.Id))
        {
            var when = new DateTimeOffset(2026, 6, 28, 0, 0, 0, TimeSpan.Zero);
            for (var i = 0; i < Math.Min(user.KudosuTotal, 20); i++)
            {
                var beatmap = OsuDeterministic.Pick(beatmaps, user.Id, 40, i);
                when = when.AddMinutes(-OsuDeterministic.Between(30, 20_000, user.Id, 41, i));
                user.KudosuHistory.Add(OsuKudosuFactory.Vote(nextId++, when, world.Beatmapsets[beatmap.BeatmapsetId], beatmap, OsuDeterministic.Between(5_000_000, 5_900_000, user.Id, 42, i)));
            }
        }
    }

    private static void SeedPlaycounts(OsuWorld world)
    {
        foreach (var score in world.Scores.Values)
        {
            var user = world.Users[score.UserId];
            user.Playcounts[score.BeatmapId] = user.Playcounts.GetValueOrDefault(score.BeatmapId) + 1 + OsuDeterministic.Between(0, 40, score.Id);
        }
    }
}
