using System.Globalization;

namespace Guildhall.Osu.Tests.Wire;

/// <summary>Beatmaps, beatmapsets, search pages and difficulty attributes.</summary>
internal static partial class OsuWire
{
    /// <summary>The id of the mapper every owned beatmap belongs to.</summary>
    public const long MapperId = 3141592;

    /// <summary>The mapper's name.</summary>
    public const string MapperName = "Tidewright";

    /// <summary>
    /// A beatmap as <c>GET /beatmaps/{id}</c> (and the lookup) answer it: with its set, fail and exit times, owners and
    /// the mapper's card. Its set's <c>source</c> is empty, as osu! sends an absent source.
    /// </summary>
    public static string Beatmap(long id, long setId) => $$"""
        {{{BeatmapFields(id, setId, "Lantern Drift")}},
         "beatmapset":{{BeatmapsetFields(setId)}},
         "current_user_playcount":0,
         "failtimes":{"fail":{{Array(100, i => (i * 7 % 23).ToString(CultureInfo.InvariantCulture))}},"exit":{{Array(100, i => (i * 5 % 31).ToString(CultureInfo.InvariantCulture))}}},
         "max_combo":1432,
         "owners":[{"id":{{MapperId}},"username":"{{MapperName}}"}],
         "user":{{UserCard(MapperId, MapperName)}}}
        """;

    /// <summary>A beatmapset as <c>GET /beatmapsets/{id}</c> (and the lookup) answer it, with two difficulties.</summary>
    public static string Beatmapset(long id)
    {
        var set = Node(BeatmapsetFields(id)).AsObject();
        set["beatmaps"] = Node($"[{{{BeatmapFields(id * 10, id, "Harbour Lights")}}},{{{BeatmapFields((id * 10) + 1, id, "Lantern Drift")}}}]");
        set["converts"] = Node("[]");
        set["ratings"] = Node("[0,1,0,2,3,5,8,13,21,34,55]");
        return set.ToJsonString();
    }

    /// <summary>
    /// One page of <c>GET /beatmapsets/search</c>: <paramref name="count"/> sets from id <paramref name="firstId"/>,
    /// the search's <paramref name="total"/>, and <paramref name="cursor"/> (<see langword="null"/> on the last page).
    /// </summary>
    public static string BeatmapsetSearch(int count, long total, string? cursor, long firstId = 2_400_000) => $$"""
        {"beatmapsets":{{Array(count, i => Beatmapset(firstId + i))}},
         "search":{"sort":"ranked_desc"},"recommended_difficulty":5.61,"error":null,"total":{{total}},
         "cursor":{{(cursor is null ? "null" : SearchCursor)}},
         "cursor_string":{{(cursor is null ? "null" : $"\"{cursor}\"")}}}
        """;

    /// <summary>Difficulty attributes of a taiko beatmap (<c>POST /beatmaps/{id}/attributes</c>).</summary>
    public static string TaikoAttributes(double monoStaminaFactor) => $$"""
        {"attributes":{"star_rating":4.21,"max_combo":1184,"stamina_difficulty":2.9,"rhythm_difficulty":0.84,
         "colour_difficulty":1.37,"reading_difficulty":0.12,"mono_stamina_factor":{{monoStaminaFactor.ToString("R", CultureInfo.InvariantCulture)}},"great_hit_window":31.5,"ok_hit_window":71.5} }
        """;

    // The decoded form of a search cursor, sent beside cursor_string.
    private const string SearchCursor = "{\"approved_date\":1750000000000,\"id\":2400049}";

    private static string BeatmapFields(long id, long setId, string version) => $$"""
        "beatmapset_id":{{setId}},"difficulty_rating":5.61,"id":{{id}},"mode":"osu","status":"ranked","total_length":214,
        "user_id":{{MapperId}},"version":"{{version}}","lazer_only":false,"accuracy":8.5,"ar":9.3,"bpm":174,"convert":false,
        "count_circles":702,"count_sliders":388,"count_spinners":2,"cs":4.2,"deleted_at":null,"drain":5.5,"hit_length":209,
        "is_scoreable":true,"last_updated":"2025-09-02T17:21:09+00:00","mode_int":0,"passcount":5120,"playcount":48877,
        "ranked":1,"url":"https://osu.ppy.sh/beatmaps/{{id}}","checksum":"{{Checksum(id)}}"
        """;

    private static string BeatmapsetFields(long id) => $$"""
        {"anime_cover":false,"artist":"Quiet Harbour","artist_unicode":"Quiet Harbour",
         "covers":{"cover":"https://assets.ppy.sh/beatmaps/{{id}}/covers/cover.jpg?1757000000","cover@2x":"https://assets.ppy.sh/beatmaps/{{id}}/covers/cover@2x.jpg?1757000000",
          "card":"https://assets.ppy.sh/beatmaps/{{id}}/covers/card.jpg?1757000000","card@2x":"https://assets.ppy.sh/beatmaps/{{id}}/covers/card@2x.jpg?1757000000",
          "list":"https://assets.ppy.sh/beatmaps/{{id}}/covers/list.jpg?1757000000","list@2x":"https://assets.ppy.sh/beatmaps/{{id}}/covers/list@2x.jpg?1757000000",
          "slimcover":"https://assets.ppy.sh/beatmaps/{{id}}/covers/slimcover.jpg?1757000000","slimcover@2x":"https://assets.ppy.sh/beatmaps/{{id}}/covers/slimcover@2x.jpg?1757000000"},
         "creator":"{{MapperName}}","favourite_count":377,"genre_id":10,"hype":null,"id":{{id}},"language_id":5,"nsfw":false,
         "offset":0,"play_count":48877,"preview_url":"//b.ppy.sh/preview/{{id}}.mp3","source":"","spotlight":false,
         "status":"ranked","title":"Lanterns Over Still Water","title_unicode":"Lanterns Over Still Water","track_id":null,
         "user_id":{{MapperId}},"video":false,"bpm":174,"can_be_hyped":false,"deleted_at":null,"discussion_enabled":true,
         "discussion_locked":false,"is_scoreable":true,"last_updated":"2025-09-02T17:21:08+00:00","legacy_thread_url":null,
         "ranked":1,"ranked_date":"2025-09-10T20:02:41+00:00","rating":9.18,"storyboard":false,
         "submitted_date":"2025-06-21T11:45:30+00:00","tags":"harbour lanterns night owned",
         "availability":{"download_disabled":false,"more_information":null} }
        """;

    // An md5-looking checksum that is the same for the same id.
    private static string Checksum(long id) => id.ToString("x32", CultureInfo.InvariantCulture);
}
