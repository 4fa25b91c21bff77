
namespace Guildhall.Sandbox.Osu.State;

/// <summary>
/// Builds the seeded world deterministically, in the shapes the real API answers with: users
/// (<see cref="OsuRosterSeeder"/>), leaderboard beatmapsets in all four rulesets (<see cref="OsuBeatmapsetSeeder"/>)
/// plus sets of the other statuses derived from them, the scores and social data (<see cref="OsuActivitySeeder"/>),
/// spotlights and wiki pages. Nothing depends on the clock except what must be recent relative to <c>now</c>.
/// </summary>
internal static class OsuWorldSeeder
{
    public static OsuWorld Seed(DateTimeOffset now)
    {
        var world = new OsuWorld();
        var roster = OsuRosterSeeder.Seed(world);
        OsuBeatmapsetSeeder.Seed(world, roster);
        DeriveStatusSets(world, roster, now);
        OsuActivitySeeder.Seed(world, roster, now);
        OsuSpotlightSeeder.Seed(world);
        OsuWikiSeeder.Seed(world);
        OsuContentSeeder.Seed(world, world.SiteContent, now);
        OsuNewsSeeder.Seed(world, world.SiteContent, now);
        OsuModdingSeeder.Seed(world, world.SiteContent, now);
        world.RecomputeRanks();
        return world;
    }

    private static void DeriveStatusSets(OsuWorld world, OsuRoster roster, DateTimeOffset now)
    {
        var sources = world.Beatmapsets.Values.Where(s => s.Status == "ranked").OrderBy(s => s.Id).ToList();
        (string Status, OsuUser Owner, int DaysAgo)[] derived =
        [
            ("graveyard", roster.Me, 400), ("pending", roster.Me, 12), ("wip", roster.Staff, 3), ("qualified", roster.Staff, 5), ("graveyard", roster.Staff, 900),
        ];
        for (var i = 0; i < derived.Length; i++)
        {
            var (status, owner, daysAgo) = derived[i];
            OsuBeatmapsetSeeder.Add(world, OsuBeatmapsetFactory.Derive(
                sources[i * 7 % sources.Count], 9_000_001 + i, 9_500_001 + (i * 20), status, owner, now.AddDays(-daysAgo)));
        }
    }
}
