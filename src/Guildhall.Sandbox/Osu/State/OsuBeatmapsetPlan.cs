
namespace Guildhall.Sandbox.Osu.State;

/// <summary>What a seeded beatmapset is; <see cref="OsuBeatmapsetFactory"/> derives every other field from it.</summary>
internal sealed record OsuBeatmapsetPlan(long Id, string Artist, string Title, OsuUser Creator, string Status, DateTimeOffset RankedDate)
{
    public required IReadOnlyList<OsuDifficultyPlan> Difficulties { get; init; }

    public int GenreId { get; init; } = 1;

    public int LanguageId { get; init; } = 1;

    public string Source { get; init; } = "";

    public string Tags { get; init; } = "";

    public bool Nsfw { get; init; }

    public bool Video { get; init; }

    public bool Storyboard { get; init; }

    public bool Spotlight { get; init; }

    /// <summary>The featured-artist track the song is licensed as, if any.</summary>
    public long? TrackId { get; init; }

    /// <summary>The nominators whose nominations qualified the set.</summary>
    public IReadOnlyList<OsuUser> Nominators { get; init; } = [];

    public IReadOnlyList<string> PackTags { get; init; } = [];

    /// <summary>Indexes into <see cref="OsuBeatmapTags"/> of the set's <c>related_tags</c>.</summary>
    public IReadOnlyList<int> RelatedTags { get; init; } = [];

    /// <summary>The description as the website renders it (BBCode turned into HTML); empty when the mapper wrote none.</summary>
    public string DescriptionHtml { get; init; } = "";
}
