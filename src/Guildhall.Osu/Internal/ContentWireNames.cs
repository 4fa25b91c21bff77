using Guildhall.Osu.Json;
using Guildhall.Osu.Models;
using Guildhall.Osu.Queries;

namespace Guildhall.Osu.Internal;

/// <summary>The names the content and beatmap community options take in paths and query strings.</summary>
internal static class ContentWireNames
{
    public static string Of(CommentableType type) => type switch
    {
        CommentableType.Beatmapset => "beatmapset",
        CommentableType.Build => "build",
        CommentableType.NewsPost => "news_post",
        _ => throw WireNames.Undefined(type),
    };

    public static string Of(CommentSort sort) => sort switch
    {
        CommentSort.Newest => "new",
        CommentSort.Oldest => "old",
        CommentSort.Top => "top",
        _ => throw WireNames.Undefined(sort),
    };

    public static string Of(BeatmapPackType type) => type switch
    {
        BeatmapPackType.Standard => "standard",
        BeatmapPackType.Featured => "featured",
        BeatmapPackType.Tournament => "tournament",
        BeatmapPackType.Loved => "loved",
        BeatmapPackType.Chart => "chart",
        BeatmapPackType.Theme => "theme",
        BeatmapPackType.Artist => "artist",
        _ => throw WireNames.Undefined(type),
    };

    public static string Of(BeatmapsetEventType type) =>
        type == BeatmapsetEventType.Unknown ? throw WireNames.Undefined(type) : EnumWireNames<BeatmapsetEventType>.NameOf(type);

    /// <summary>The <c>sort</c> of the discussion listings.</summary>
    public static string? SortOf(bool oldestFirst) => oldestFirst ? "id_asc" : null;
}
