
namespace Guildhall.Sandbox.Osu.State;

/// <summary>
/// Seeds the leaderboard beatmapsets: the featured set (<see cref="OsuSandboxSeed.FeaturedBeatmapsetId"/>) and
/// invented ranked, approved and loved sets in all four rulesets, ranked between 2013 and 2026, some by the featured
/// artist, some not safe for work, with videos, storyboards, guest difficulties and nominations.
/// </summary>
internal static class OsuBeatmapsetSeeder
{
    private const int OtherSets = 61;

    private static readonly int[] Genres = [2, 3, 4, 5, 6, 9, 10, 11, 13, 14];

    private static readonly int[] Languages = [2, 3, 5, 6, 12];

    private static readonly DateTimeOffset FirstRanked = new(2013, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Seed(OsuWorld world, OsuRoster roster)
    {
        Add(world, OsuBeatmapsetFactory.Create(Featured(roster)));
        var nextBeatmapId = 3_400_000L;
        for (var i = 1; i <= OtherSets; i++)
        {
            var plan = Plan(i, roster, nextBeatmapId);
            Add(world, OsuBeatmapsetFactory.Create(plan));
            nextBeatmapId = plan.Difficulties[^1].Id + 1 + OsuDeterministic.Between(0, 400, i, 1);
        }
    }

    /// <summary>Adds a set and its difficulties to the world.</summary>
    public static void Add(OsuWorld world, OsuBeatmapset set)
    {
        world.Beatmapsets[set.Id] = set;
        foreach (var beatmap in set.Beatmaps)
        {
            world.Beatmaps[beatmap.Id] = beatmap;
        }
    }

    // Thirteen osu! difficulties: the mapper's own, guest difficulties and a three-mapper collaboration.
    private static OsuBeatmapsetPlan Featured(OsuRoster roster)
    {
        var mapper = roster.Mappers[0];
        var guests = roster.Mappers.Skip(1).Take(4).ToList();
        (string Version, double Stars, OsuUser[] Owners)[] ladder =
        [
            ("Easy", 1.62, [mapper]), ("Normal", 2.31, [mapper]), ($"{guests[0].Username}'s Normal", 2.55, [guests[0]]),
            ("Hard", 3.27, [mapper]), ($"{guests[1].Username}'s Hard", 3.58, [guests[1]]), ("Insane", 4.42, [mapper]),
            ($"{guests[2].Username}'s Insane", 4.86, [guests[2]]), ("Light Expert", 5.37, [mapper]),
            ($"{guests[0].Username}'s Expert", 5.74, [guests[0]]), ("Expert", 6.12, [mapper]),
            ($"{guests[3].Username}'s Extra", 6.58, [guests[3]]), ("Extra", 6.93, [mapper]),
            ("Collab Extreme", 7.41, [mapper, guests[1], guests[2]]),
        ];
        var firstId = OsuSandboxSeed.FeaturedBeatmapId - 9;
        return new OsuBeatmapsetPlan(
            OsuSandboxSeed.FeaturedBeatmapsetId, OsuSandboxSeed.FeaturedArtist, OsuSongCatalog.Titles[0], mapper, "ranked",
            new DateTimeOffset(2024, 3, 14, 18, 30, 0, TimeSpan.Zero))
        {
            Difficulties = [.. ladder.Select((d, i) => new OsuDifficultyPlan(firstId + i, 0, d.Stars, d.Version, d.Owners)
            {
                TopTags = d.Stars > 4 ? [i % OsuBeatmapTags.Count, (i + 3) % OsuBeatmapTags.Count] : [],
            })],
            GenreId = 5,
            LanguageId = 2,
            Tags = "electronic pop featured artist synth afterglow",
            Video = true,
            TrackId = 5_401,
            Nominators = [roster.Nominators[0], roster.Nominators[1]],
            PackTags = ["S2417"],
            RelatedTags = [0, 1, 4, 6],
            DescriptionHtml = $"Thanks to everyone who modded this set!<br /><br />Guest difficulties by {string.Join(", ", guests.Select(g => g.Username))}.",
        };
    }

    private static OsuBeatmapsetPlan Plan(int i, OsuRoster roster, long firstBeatmapId)
    {
        var id = 1_600_000 + (i * 24_571L) + OsuDeterministic.Between(0, 9_000, i, 2);
        var artistIndex = i < 5 ? 0 : 1 + (i * 7 % (OsuSongCatalog.Artists.Count - 1));
        var creator = roster.Mappers[i % roster.Mappers.Count];
        var status = i % 10 == 4 ? "loved" : i % 17 == 0 ? "approved" : "ranked";
        var span = (new DateTimeOffset(2026, 6, 20, 0, 0, 0, TimeSpan.Zero) - FirstRanked).TotalDays;
        var rankedDate = FirstRanked.AddDays((span * i / OtherSets) - OsuDeterministic.Between(0, 20, id, 3)).AddMinutes(OsuDeterministic.Between(0, 1_439, id, 4));
        var difficulties = Difficulties(id, i, firstBeatmapId, creator, roster.Mappers);
        var isRanked = status != "loved";
        return new OsuBeatmapsetPlan(id, OsuSongCatalog.Artists[artistIndex], OsuSongCatalog.Titles[i % OsuSongCatalog.Titles.Count], creator, status, rankedDate)
        {
            Difficulties = difficulties,
            GenreId = Genres[artistIndex % Genres.Length],
            LanguageId = Languages[artistIndex % Languages.Length],
            Source = OsuDeterministic.Unit(id, 5) < 0.25 ? OsuDeterministic.Pick(OsuSongCatalog.Sources, id, 6) : "",
            Tags = string.Join(' ', Enumerable.Range(0, 3).Select(t => OsuDeterministic.Pick(OsuSongCatalog.TagWords, id, 7, t)).Distinct()),
            Nsfw = i > 2 && OsuDeterministic.Unit(id, 8) < 0.15,
            Video = OsuDeterministic.Unit(id, 9) < 0.25,
            Storyboard = OsuDeterministic.Unit(id, 10) < 0.15,
            Spotlight = OsuDeterministic.Unit(id, 11) < 0.08,
            TrackId = artistIndex == 0 ? 5_400 + i : OsuDeterministic.Unit(id, 12) < 0.1 ? 5_500 + i : null,
            Nominators = isRanked
                ? [roster.Nominators[i % roster.Nominators.Count], roster.Nominators[(i + 1) % roster.Nominators.Count]]
                : [],
            PackTags = isRanked && OsuDeterministic.Unit(id, 13) < 0.5 ? ["S" + (1_800 + (i * 3)).ToString(CultureInfo.InvariantCulture)] : [],
            RelatedTags = OsuDeterministic.Unit(id, 14) < 0.4 ? [OsuDeterministic.Between(0, OsuBeatmapTags.Count - 1, id, 15)] : [],
        };
    }

    // Rulesets by set: mostly osu!, every ninth set taiko, mania or catch, some osu! sets with mania difficulties too.
    private static List<OsuDifficultyPlan> Difficulties(long setId, int i, long firstId, OsuUser creator, IReadOnlyList<OsuUser> mappers)
    {
        int[] rulesets = (i % 9) switch
        {
            3 => Repeat(1, OsuDeterministic.Between(2, 5, setId, 20)),
            5 => Repeat(3, OsuDeterministic.Between(2, 5, setId, 20)),
            7 => Repeat(2, OsuDeterministic.Between(2, 5, setId, 20)),
            8 => [.. Repeat(0, OsuDeterministic.Between(2, 4, setId, 20)), 3, 3],
            _ => Repeat(0, OsuDeterministic.Between(1, 7, setId, 20)),
        };
        var top = 3.2 + (OsuDeterministic.Unit(setId, 21) * 5.3);
        var difficulties = new List<OsuDifficultyPlan>();
        var versions = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < rulesets.Length; k++)
        {
            var ofRuleset = rulesets.Count(r => r == rulesets[k]);
            var position = rulesets.Take(k + 1).Count(r => r == rulesets[k]);
            var stars = ofRuleset == 1 ? top : 1.4 + ((top - 1.4) * position / ofRuleset);
            var guest = position < ofRuleset && OsuDeterministic.Unit(setId, 22, k) < 0.25
                ? mappers[OsuDeterministic.Between(0, mappers.Count - 1, setId, 23, k)]
                : null;
            var owner = guest is null || guest.Id == creator.Id ? creator : guest;
            var keys = rulesets[k] == 3 ? $"[{OsuBeatmapFactory.ManiaKeys(setId)}K] " : "";
            var version = Version(keys, stars, owner == creator ? null : owner, versions);
            difficulties.Add(new OsuDifficultyPlan(firstId + k, rulesets[k], Math.Round(stars, 2), version, [owner])
            {
                TopTags = rulesets[k] == 0 && OsuDeterministic.Unit(setId, 24, k) < 0.5 ? [OsuDeterministic.Between(0, OsuBeatmapTags.Count - 1, setId, 25, k)] : [],
            });
        }

        return difficulties;
    }

    private static int[] Repeat(int ruleset, int count) => [.. Enumerable.Repeat(ruleset, count)];

    // The usual ladder of names by star rating, mania ones led by the key count; a guest's difficulty carries the guest's name.
    private static string Version(string prefix, double stars, OsuUser? guest, HashSet<string> taken)
    {
        var names = OsuSongCatalog.DifficultyNames;
        var name = names[Math.Clamp((int)Math.Floor((stars - 1.3) / 1.05), 0, names.Count - 1)];
        var owner = guest is null ? "" : guest.Username + "'s ";
        string[] variants = [name, "Light " + name, "Heavy " + name, $"{name} II", $"{name} III"];
        var version = variants.Select(v => owner + prefix + v).FirstOrDefault(taken.Add)
            ?? $"{owner}{prefix}{name} ({stars.ToString("0.00", CultureInfo.InvariantCulture)})";
        taken.Add(version);
        return version;
    }
}
