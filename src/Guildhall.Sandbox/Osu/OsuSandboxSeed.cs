namespace Guildhall.Sandbox.Osu;

/// <summary>
/// Well-known records of the osu! emulator's seeded world, which is generated deterministically at host start (the same
/// ids, names and numbers on every start and machine), so tests, samples and the tour can name them.
/// </summary>
public static class OsuSandboxSeed
{
    /// <summary>A staff account with a full profile (developer group, team, history), in no beatmap leaderboard's way.</summary>
    public const long StaffUserId = 40000003;

    /// <summary>The username of <see cref="StaffUserId"/>.</summary>
    public const string StaffUsername = "Steward";

    /// <summary>A ranked set of thirteen osu! difficulties with guest mappers, nominations, tags and converts.</summary>
    public const long FeaturedBeatmapsetId = 1580320;

    /// <summary>
    /// A difficulty of <see cref="FeaturedBeatmapsetId"/> whose leaderboard holds exactly 50 stable plays of the top
    /// players; no other seeded play is set on it.
    /// </summary>
    public const long FeaturedBeatmapId = 3251947;

    /// <summary>The artist of <see cref="FeaturedBeatmapsetId"/>, who has several more sets (for searches).</summary>
    public const string FeaturedArtist = "Velvet Tide";

    /// <summary>The solo (lazer) id of a stable play of the signed-in sandbox user, readable through <c>/scores/{id}</c>.</summary>
    public const long LazerScoreId = 1950000001;

    /// <summary>The stable id of the same play as <see cref="LazerScoreId"/>, readable through <c>/scores/osu/{id}</c>.</summary>
    public const long LegacyScoreId = 4700000001;
}
