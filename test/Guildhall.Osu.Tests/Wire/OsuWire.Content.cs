namespace Guildhall.Osu.Tests.Wire;

/// <summary>Site content: featured artist tracks, seasonal backgrounds, the changelog, news, wiki pages and comments.</summary>
internal static partial class OsuWire
{
    /// <summary>A page of featured artist tracks (<c>GET /beatmaps/artists/tracks</c>) of <paramref name="count"/> tracks.</summary>
    public static string ArtistTracks(int count, string? cursor) => $$"""
        {"artist_tracks":{{Array(count, i => $$"""
          {"album_id":{{(i == 0 ? "null" : "812")}},"artist_id":41,"bpm":{{(i % 2 == 0 ? "174" : "172.5")}},"cover_url":"https://assets.ppy.sh/artists/41/cover.jpg",
           "exclusive":{{(i % 3 == 0 ? "true" : "false")}},"genre":"Electronic","id":{{5100 + i}},"is_new":false,"length":"3:{{10 + i}}",
           "osz":"https://assets.ppy.sh/artists/41/Tidewright - Harbour {{i}}.osz","preview":"https://assets.ppy.sh/artists/41/tracks/{{5100 + i}}.mp3",
           "title":"Harbour {{i}}","updated_at":"2025-11-0{{1 + (i % 9)}}T10:00:00+00:00","version":{{(i == 1 ? "\"Extended Mix\"" : "null")}},
           "album":{"artist_id":41,"cover_url":"https://assets.ppy.sh/artists/41/albums/812.jpg","genre":"Electronic","id":812,"is_new":true,"title":"Lanterns","title_romanized":"Lanterns"},
           "artist":{"id":41,"name":"Tidewright"} }
          """)}},
         "search":{"is_default_sort":true,"sort":"update_desc","exclusive_only":false},
         "cursor":{{(cursor is null ? "null" : "{\"updated_at\":1762000000000,\"id\":5100}")}},"cursor_string":{{(cursor is null ? "null" : $"\"{cursor}\"")}}}
        """;

    /// <summary>The seasonal backgrounds (<c>GET /seasonal-backgrounds</c>): two, by the same artist.</summary>
    public static string SeasonalBackgrounds() => $$"""
        {"ends_at":"2026-08-31T00:00:00+00:00","backgrounds":[
          {"url":"https://assets.ppy.sh/user-contest-entries/901/a1b2_opt.jpg","user":{{UserCard(PlayerId, "Skerry")}}},
          {"url":"https://assets.ppy.sh/user-contest-entries/902/c3d4_opt.jpg","user":{{UserCard(PlayerId, "Skerry")}}}]}
        """;

    /// <summary>A changelog build with its entries (<c>GET /changelog/{stream}/{build}</c>) and, when asked, its neighbours.</summary>
    public static string ChangelogBuild(long id, bool withVersions) => $$"""
        {"created_at":"2026-04-0{{id % 9 + 1}}T05:36:41+00:00","display_version":"2026.40{{id % 9}}.0","id":{{id}},"users":{{id * 3}},"version":"2026.40{{id % 9}}.0",
         "youtube_id":null,"update_stream":{"id":7,"name":"lazer","display_name":"Lazer","is_featured":false},
         "changelog_entries":[
          {"id":{{id * 10}},"repository":"ppy/osu","github_pull_request_id":31001,"github_url":"https://github.com/ppy/osu/pull/31001","url":null,
           "type":"fix","category":"Gameplay","title":"Fix lanterns drifting off-screen","major":true,"created_at":"2026-04-01T01:02:03+00:00",
           "github_user":{"display_name":"Skerry","github_url":"https://github.com/skerry","github_username":"skerry","id":900,"osu_username":"Skerry","user_id":{{PlayerId}},"user_url":"https://osu.ppy.sh/users/{{PlayerId}}"},
           "message":"Lanterns stay put.","message_html":"<div class='changelog-md'><p>Lanterns stay put.</p></div>"},
          {"id":null,"repository":null,"github_pull_request_id":null,"github_url":null,"url":"https://osu.ppy.sh/home/news/1","type":"misc",
           "category":"Web","title":"A note without a pull request","major":false,"created_at":"2026-04-01T01:02:03+00:00",
           "github_user":{"display_name":"peppy","github_url":null,"github_username":null,"id":null,"osu_username":null,"user_id":null,"user_url":null},
           "message":null,"message_html":null}]
         {{(withVersions ? $",\"versions\":{{\"next\":{ChangelogBuild(id + 1, false)},\"previous\":null}}" : "")}}}
        """;

    /// <summary>A changelog listing (<c>GET /changelog</c>) of two streams and <paramref name="builds"/> builds.</summary>
    public static string ChangelogListing(int builds) => $$"""
        {"streams":[{"id":7,"name":"lazer","display_name":"Lazer","is_featured":false,"latest_build":{{ChangelogBuild(99, false)}},"user_count":12000},
                    {"id":5,"name":"stable40","display_name":"Stable","is_featured":true,"latest_build":null,"user_count":0}],
         "builds":{{Array(builds, i => ChangelogBuild(99 - i, false))}},
         "search":{"stream":null,"from":null,"to":null,"max_id":null,"limit":21} }
        """;

    /// <summary>A news post as listed (with <c>preview</c>), as a neighbour (bare) or shown (with <c>content</c> and <c>navigation</c>).</summary>
    public static string NewsPost(long id, bool shown, bool preview = true)
    {
        var image = id % 2 == 0 ? "null" : $"\"https://assets.ppy.sh/news/{id}.jpg\"";
        var image2x = id % 2 == 0 ? "null" : $"\"https://assets.ppy.sh/news/{id}@2x.jpg\"";
        var post = Node($$"""
            {"id":{{id}},"author":"the News Team","edit_url":"https://github.com/ppy/osu-wiki/tree/master/news/2026/harbour-{{id}}.md",
             "first_image":{{image}},"first_image@2x":{{image2x}},
             "published_at":"2026-03-{{10 + (id % 10)}}T12:00:00+00:00","updated_at":"2026-03-{{10 + (id % 10)}}T18:00:00+00:00",
             "slug":"2026-03-harbour-{{id}}","title":"Harbour news {{id}}"}
            """).AsObject();
        if (shown)
        {
            post["content"] = "<div class=\"osu-md\"><p>Lanterns.</p></div>";
            post["navigation"] = Node($$"""{"newer":{{NewsPost(id + 1, false, preview: false)}},"older":null}""");
        }
        else if (preview)
        {
            post["preview"] = "In short.";
        }

        return post.ToJsonString();
    }

    /// <summary>A page of the news listing (<c>GET /news</c>) with its sidebar.</summary>
    public static string NewsListing(int count, string? cursor) => $$"""
        {"news_posts":{{Array(count, i => NewsPost(1800 - i, false))}},
         "news_sidebar":{"current_year":2026,"news_posts":[{{NewsPost(1800, false)}}],"years":[2026,2025,2024]},
         "search":{"limit":12,"sort":"published_desc","year":null},
         "cursor":{{(cursor is null ? "null" : "{\"published_at\":\"2026-03-10T12:00:00+00:00\",\"id\":1790}")}},"cursor_string":{{(cursor is null ? "null" : $"\"{cursor}\"")}}}
        """;

    /// <summary>A wiki page (<c>GET /wiki/{locale}/{path}</c>) below a section.</summary>
    public static string WikiPage() => """
        {"available_locales":["en","is"],"layout":"markdown_page","locale":"en","markdown":"# Harbour pilots\n\nThey guide ships.\n",
         "path":"People/Harbour_pilots","subtitle":"People","tags":["pilots"],"title":"Harbour pilots"}
        """;

    /// <summary>A comment bundle (<c>GET /comments</c>) of <paramref name="count"/> top-level comments and one reply each.</summary>
    public static string CommentBundle(int count, bool more) => $$"""
        {"comments":{{Array(count, i => Comment(700 + i, null, deleted: i == 1))}},"has_more":{{(more ? "true" : "false")}},"has_more_id":0,
         "included_comments":{{Array(count, i => Comment(800 + i, 700 + i, deleted: false))}},"pinned_comments":[{{Comment(700, null, deleted: false)}}],
         "user_votes":[700,801],"user_follow":false,"users":[{{UserCard(PlayerId, "Skerry")}}],"sort":"new",
         "cursor":{{(more ? "{\"created_at\":\"2026-02-01T08:00:00.000000Z\",\"id\":702}" : "null")}},"top_level_count":{{count}},"total":{{count * 2}},
         "commentable_meta":[{"current_user_attributes":{"can_new_comment_reason":null},"id":1800,"type":"news_post","title":"Harbour news","url":"https://osu.ppy.sh/home/news/harbour","owner_id":null,"owner_title":null,"locked":false},
                             {"title":"Deleted Item"}]}
        """;

    private static string Comment(long id, long? parentId, bool deleted) => $$"""
        {"id":{{id}},"parent_id":{{(parentId is { } p ? p.ToString(System.Globalization.CultureInfo.InvariantCulture) : "null")}},"user_id":{{PlayerId}},"pinned":{{(id == 700 ? "true" : "false")}},
         "replies_count":{{(parentId is null ? 1 : 0)}},"votes_count":{{id % 5}},"commentable_type":"news_post","commentable_id":1800,"legacy_name":null,
         "created_at":"2026-02-01T08:00:00Z","updated_at":"2026-02-01T08:00:00Z","deleted_at":{{(deleted ? "\"2026-02-02T08:00:00Z\"" : "null")}},"edited_at":null,"edited_by_id":null,
         "message":{{(deleted ? "null" : $"\"Comment {id}\"")}},"message_html":{{(deleted ? "null" : $"\"<div class='osu-md'><p>Comment {id}</p></div>\"")}}}
        """;
}
