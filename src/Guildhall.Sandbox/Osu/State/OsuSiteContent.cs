namespace Guildhall.Sandbox.Osu.State;

/// <summary>
/// The site content and beatmap community of the osu! emulator, stored in their wire shapes: featured artist tracks,
/// seasonal backgrounds, the changelog, news, comments, beatmap packs, beatmapset events and discussions. It lives in
/// <see cref="State.OsuWorld.SiteContent"/> and is guarded by the world's lock.
/// </summary>
internal sealed class OsuSiteContent
{
    /// <summary>Featured artist tracks (<c>ArtistTrack</c> with <c>album</c> and <c>artist</c>), in id order.</summary>
    public List<JsonObject> ArtistTracks { get; } = [];

    /// <summary>The current season's backgrounds, each <c>{url, user id}</c>.</summary>
    public List<(string Url, long UserId)> SeasonalBackgrounds { get; } = [];

    /// <summary>When the season ends.</summary>
    public DateTimeOffset SeasonEndsAt { get; set; }

    /// <summary>The changelog's streams (<c>UpdateStream</c>, without <c>latest_build</c> and <c>user_count</c>).</summary>
    public List<JsonObject> Streams { get; } = [];

    /// <summary>Builds (<c>Build</c> with <c>update_stream</c> and <c>changelog_entries</c>), newest (highest id) first.</summary>
    public List<JsonObject> Builds { get; } = [];

    /// <summary>News posts (with <c>preview</c> and <c>content</c>), newest first.</summary>
    public List<JsonObject> NewsPosts { get; } = [];

    /// <summary>Comments in their <c>Comment</c> shape, oldest first.</summary>
    public List<JsonObject> Comments { get; } = [];

    /// <summary>Beatmap packs (<c>BeatmapPack</c>) by type, newest first, with the ids of their sets.</summary>
    public Dictionary<string, List<(JsonObject Pack, List<long> BeatmapsetIds)>> Packs { get; } = new(StringComparer.Ordinal);

    /// <summary>Beatmapset discussions (<c>BeatmapsetDiscussion</c>, without includes), oldest first.</summary>
    public List<JsonObject> Discussions { get; } = [];

    /// <summary>Discussion posts, oldest first.</summary>
    public List<JsonObject> DiscussionPosts { get; } = [];

    /// <summary>Discussion votes, oldest first.</summary>
    public List<JsonObject> DiscussionVotes { get; } = [];

    /// <summary>Beatmapset events (<c>BeatmapsetEvent</c>, without includes), newest first.</summary>
    public List<JsonObject> BeatmapsetEvents { get; } = [];
}
