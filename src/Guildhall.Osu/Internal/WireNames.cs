using Guildhall.Osu.Json;
using Guildhall.Osu.Models;
using Guildhall.Osu.Queries;

namespace Guildhall.Osu.Internal;

/// <summary>The names request options take in paths and query strings.</summary>
internal static class WireNames
{
    public static string Of(UserScoreType type) => type switch
    {
        UserScoreType.Recent => "recent",
        UserScoreType.Best => "best",
        UserScoreType.Firsts => "firsts",
        UserScoreType.Pinned => "pinned",
        _ => throw Undefined(type),
    };

    public static string Of(UserBeatmapsetType type) => type switch
    {
        UserBeatmapsetType.Favourite => "favourite",
        UserBeatmapsetType.Graveyard => "graveyard",
        UserBeatmapsetType.Guest => "guest",
        UserBeatmapsetType.Loved => "loved",
        UserBeatmapsetType.Nominated => "nominated",
        UserBeatmapsetType.Pending => "pending",
        UserBeatmapsetType.Ranked => "ranked",
        _ => throw Undefined(type),
    };

    public static string Of(BeatmapScoreboardType type) => type switch
    {
        BeatmapScoreboardType.Global => "global",
        BeatmapScoreboardType.Country => "country",
        BeatmapScoreboardType.Friend => "friend",
        BeatmapScoreboardType.Team => "team",
        _ => throw Undefined(type),
    };

    public static string Of(RankingType type) => type switch
    {
        RankingType.Performance => "performance",
        RankingType.Score => "score",
        _ => throw Undefined(type),
    };

    public static string Of(RankingFilter filter) => filter switch
    {
        RankingFilter.All => "all",
        RankingFilter.Friends => "friends",
        _ => throw Undefined(filter),
    };

    public static string Of(ManiaVariant variant) => variant switch
    {
        ManiaVariant.FourKeys => "4k",
        ManiaVariant.SevenKeys => "7k",
        _ => throw Undefined(variant),
    };

    public static string Of(BeatmapsetCategory category) => category switch
    {
        BeatmapsetCategory.Leaderboard => "leaderboard",
        BeatmapsetCategory.Any => "any",
        BeatmapsetCategory.Ranked => "ranked",
        BeatmapsetCategory.Qualified => "qualified",
        BeatmapsetCategory.Loved => "loved",
        BeatmapsetCategory.Favourites => "favourites",
        BeatmapsetCategory.Pending => "pending",
        BeatmapsetCategory.Wip => "wip",
        BeatmapsetCategory.Graveyard => "graveyard",
        BeatmapsetCategory.Mine => "mine",
        _ => throw Undefined(category),
    };

    public static string Of(BeatmapsetSortField field, bool ascending) => field switch
    {
        BeatmapsetSortField.Relevance => "relevance",
        BeatmapsetSortField.Artist => "artist",
        BeatmapsetSortField.Creator => "creator",
        BeatmapsetSortField.Difficulty => "difficulty",
        BeatmapsetSortField.Favourites => "favourites",
        BeatmapsetSortField.Nominations => "nominations",
        BeatmapsetSortField.Plays => "plays",
        BeatmapsetSortField.Ranked => "ranked",
        BeatmapsetSortField.Rating => "rating",
        BeatmapsetSortField.Title => "title",
        BeatmapsetSortField.Updated => "updated",
        _ => throw Undefined(field),
    } + (ascending ? "_asc" : "_desc");

    public static string Of(BeatmapsetPlayedFilter played) => played switch
    {
        BeatmapsetPlayedFilter.Any => "any",
        BeatmapsetPlayedFilter.Played => "played",
        BeatmapsetPlayedFilter.Unplayed => "unplayed",
        _ => throw Undefined(played),
    };

    public static string Of(EventSort sort) => sort switch
    {
        EventSort.NewestFirst => "id_desc",
        EventSort.OldestFirst => "id_asc",
        _ => throw Undefined(sort),
    };

    /// <summary>The <c>e</c> filter: <c>video.storyboard</c>, or <see langword="null"/> when empty.</summary>
    public static string? Of(BeatmapsetExtras extras) => Join(
        (extras.HasFlag(BeatmapsetExtras.Video), "video"),
        (extras.HasFlag(BeatmapsetExtras.Storyboard), "storyboard"));

    /// <summary>The <c>c</c> filter, or <see langword="null"/> when empty.</summary>
    public static string? Of(BeatmapsetGeneralFilters general) => Join(
        (general.HasFlag(BeatmapsetGeneralFilters.RecommendedDifficulty), "recommended"),
        (general.HasFlag(BeatmapsetGeneralFilters.IncludeConverts), "converts"),
        (general.HasFlag(BeatmapsetGeneralFilters.FollowedMappers), "follows"),
        (general.HasFlag(BeatmapsetGeneralFilters.Spotlights), "spotlights"),
        (general.HasFlag(BeatmapsetGeneralFilters.FeaturedArtists), "featured_artists"));

    /// <summary>The <c>r</c> filter, or <see langword="null"/> when empty.</summary>
    public static string? Of(IReadOnlyList<ScoreRank> ranks) =>
        ranks.Count == 0 ? null : string.Join('.', ranks.Select(EnumWireNames<ScoreRank>.NameOf));

    private static string? Join(params (bool Set, string Name)[] parts)
    {
        var names = parts.Where(part => part.Set).Select(part => part.Name).ToList();
        return names.Count == 0 ? null : string.Join('.', names);
    }

    internal static ArgumentOutOfRangeException Undefined<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        new(typeof(TEnum).Name, value, $"{value} is not a {typeof(TEnum).Name} the osu! API knows.");
}
