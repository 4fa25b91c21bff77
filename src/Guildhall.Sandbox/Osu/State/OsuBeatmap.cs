namespace Guildhall.Sandbox.Osu.State;

/// <summary>
/// One difficulty. <see cref="Data"/> holds every field any response shows for it (the 28 base fields plus
/// <c>max_combo</c>, <c>failtimes</c>, <c>owners</c>, <c>top_tag_ids</c>); presenters pick the subset a route sends.
/// </summary>
internal sealed class OsuBeatmap
{
    public required long Id { get; init; }

    public required long BeatmapsetId { get; init; }

    public required int RulesetId { get; init; }

    public required string Checksum { get; init; }

    /// <summary>The .osu file name, as <c>/beatmaps/lookup?filename=</c> matches it.</summary>
    public required string Filename { get; init; }

    public required JsonObject Data { get; init; }

    public double DifficultyRating => Data["difficulty_rating"]!.ToDouble();

    public int MaxCombo => Data["max_combo"]!.ToInt32();

    public string Version => Data["version"]!.GetValue<string>();

    /// <summary>Circles, sliders and spinners: the hit objects a full combo hits.</summary>
    public int ObjectCount =>
        Data["count_circles"]!.ToInt32() + Data["count_sliders"]!.ToInt32() + Data["count_spinners"]!.ToInt32();
}
