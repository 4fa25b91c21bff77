namespace Guildhall.Sandbox.Osu.State;

/// <summary>
/// A beatmapset. <see cref="Data"/> holds the compact and base fields (what search results show without
/// <c>beatmaps</c>); <see cref="Details"/> holds what only the full <c>/beatmapsets/{id}</c> shows (description, genre,
/// language, ratings, nominations, tags...).
/// </summary>
internal sealed class OsuBeatmapset
{
    public required long Id { get; init; }

    public required JsonObject Data { get; init; }

    public required JsonObject Details { get; init; }

    public required List<OsuBeatmap> Beatmaps { get; init; }

    /// <summary>Users who favourited the set, most recent first.</summary>
    public List<long> FavouritedBy { get; } = [];

    public long UserId => Data["user_id"]!.ToInt64();

    public string Status => Data["status"]!.GetValue<string>();

    public string Title => Data["title"]!.GetValue<string>();

    public string Artist => Data["artist"]!.GetValue<string>();
}
