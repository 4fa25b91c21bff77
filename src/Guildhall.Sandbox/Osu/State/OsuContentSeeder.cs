using Guildhall.Sandbox.Osu.State;

namespace Guildhall.Sandbox.Osu.State;

/// <summary>
/// Seeds the site content: featured artist tracks (eight artists, three albums each, six tracks an album), the season's
/// backgrounds (by users of the roster) and the changelog (five streams, builds with entries). Deterministic; only the
/// dates follow <c>now</c>.
/// </summary>
internal static class OsuContentSeeder
{
    private static readonly string[] ArtistNames = ["Velvet Tide", "Paper Satellites", "Luma Vale", "Riverglass", "Honey Rocket", "Drift Theory", "Kitsune Relay", "Glass Cathedral"];

    private static readonly string[] Genres = ["Electronic", "Rock", "Pop", "Jazz", "Metal", "Classical", "Hip Hop", "Folk"];

    private static readonly (int Id, string Name, string Display, bool Featured)[] StreamSeeds =
    [
        (5, "stable40", "Stable", true), (4, "beta40", "Beta", false), (6, "cuttingedge", "Cutting Edge", false),
        (7, "lazer", "Lazer", false), (8, "web", "Web", false),
    ];

    private static readonly string[] Categories = ["Gameplay", "Online", "Code quality", "Song select", "Editor", "Audio"];

    public static void Seed(OsuWorld world, OsuSiteContent community, DateTimeOffset now)
    {
        SeedArtistTracks(community, now);
        SeedBackgrounds(world, community, now);
        SeedChangelog(world, community, now);
        SeedNestedWikiPages(world);
    }

    // Pages below a section, so clients can show they keep the slashes of a nested path.
    private static void SeedNestedWikiPages(OsuWorld world)
    {
        (string Path, string Title, string Subtitle, string Markdown)[] pages =
        [
            ("People/Beatmap_Nominators", "Beatmap Nominators", "People", "# Beatmap Nominators\n\nThe **Beatmap Nominators** nominate beatmaps for ranking.\n"),
            ("Help_centre/Upgrading_to_lazer", "Upgrading to lazer", "Help centre", "# Upgrading to lazer\n\nHow to move your scores and settings to osu!(lazer).\n"),
        ];
        foreach (var (path, title, subtitle, markdown) in pages)
        {
            world.WikiPages.Add(new JsonObject
            {
                ["available_locales"] = new JsonArray("en"),
                ["layout"] = "markdown_page",
                ["locale"] = "en",
                ["markdown"] = markdown,
                ["path"] = path,
                ["subtitle"] = subtitle,
                ["tags"] = new JsonArray(),
                ["title"] = title,
            });
        }
    }

    private static void SeedArtistTracks(OsuSiteContent community, DateTimeOffset now)
    {
        var trackId = 7000;
        for (var artist = 0; artist < ArtistNames.Length; artist++)
        {
            var artistId = 250 + artist;
            var name = ArtistNames[artist];
            for (var album = 0; album < 3; album++)
            {
                var albumId = 1400 + (artist * 3) + album;
                var genre = Genres[(artist + album) % Genres.Length];
                var folder = $"https://assets.ppy.sh/artists/{artistId}/{Uri.EscapeDataString(name)}";
                for (var track = 0; track < 6; track++)
                {
                    var id = trackId++;
                    var seconds = OsuDeterministic.Between(95, 320, id);
                    community.ArtistTracks.Add(new JsonObject
                    {
                        ["album_id"] = albumId,
                        ["artist_id"] = artistId,
                        ["bpm"] = OsuDeterministic.Between(90, 220, id, 1),
                        ["cover_url"] = $"{folder}/cover.jpg",
                        ["exclusive"] = OsuDeterministic.Unit(id, 2) < 0.2,
                        ["genre"] = genre,
                        ["id"] = id,
                        ["is_new"] = id > 7130,
                        ["length"] = $"{seconds / 60}:{seconds % 60:00}",
                        ["osz"] = $"{folder}/{Uri.EscapeDataString(name)} - {OsuSongCatalog.Titles[id % OsuSongCatalog.Titles.Count]}.osz",
                        ["preview"] = $"https://assets.ppy.sh/artists/{artistId}/tracks/{id}.mp3",
                        ["title"] = OsuSongCatalog.Titles[id % OsuSongCatalog.Titles.Count],
                        ["updated_at"] = OsuJsonTime.Offset(now.AddDays(-400).AddHours(id - 7000)),
                        ["version"] = track == 5 ? "Extended Mix" : null,
                        ["album"] = new JsonObject
                        {
                            ["artist_id"] = artistId,
                            ["cover_url"] = $"{folder}/albums/{albumId}/cover.jpg",
                            ["genre"] = genre,
                            ["id"] = albumId,
                            ["is_new"] = false,
                            ["title"] = $"{name} Vol. {album + 1}",
                            ["title_romanized"] = $"{name} Vol. {album + 1}",
                        },
                        ["artist"] = new JsonObject { ["id"] = artistId, ["name"] = name },
                    });
                }
            }
        }
    }

    private static void SeedBackgrounds(OsuWorld world, OsuSiteContent community, DateTimeOffset now)
    {
        community.SeasonEndsAt = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(2);
        var artists = world.Users.Values.OrderBy(u => u.Id).Where(u => !u.IsBot).Take(12).ToList();
        for (var i = 0; i < artists.Count; i++)
        {
            community.SeasonalBackgrounds.Add(($"https://assets.ppy.sh/user-contest-entries/{18000 + i}/{OsuDeterministic.Hex(64, 18000 + i)}_opt.jpg", artists[i].Id));
        }
    }

    private static void SeedChangelog(OsuWorld world, OsuSiteContent community, DateTimeOffset now)
    {
        foreach (var (id, name, display, featured) in StreamSeeds)
        {
            community.Streams.Add(new JsonObject { ["id"] = id, ["name"] = name, ["display_name"] = display, ["is_featured"] = featured });
        }

        var authors = world.Users.Values.OrderBy(u => u.Id).Take(6).ToList();
        var entryId = 34000;

        // Oldest first, then reversed: ids grow with time, as the real ones do.
        var builds = new List<JsonObject>();
        for (var i = 0; i < 60; i++)
        {
            var stream = community.Streams[i % community.Streams.Count];
            var created = now.AddDays(-(60 - i) * 3).AddHours(-(i % 7));
            var version = stream["name"]!.GetValue<string>() == "lazer" ? $"{created.Year}.{created.Month}{created.Day:00}.0" : $"{created:yyyyMMdd}.{(i % 3) + 1}";
            var entries = new JsonArray();
            for (var e = 0; e < 1 + (i % 4); e++)
            {
                var author = authors[(i + e) % authors.Count];
                var pr = 20000 + (i * 10) + e;
                var title = $"Improve {Categories[(i + e) % Categories.Length].ToLowerInvariant()} handling ({pr})";
                entries.Add((JsonNode)new JsonObject
                {
                    ["id"] = entryId++,
                    ["repository"] = "ppy/osu",
                    ["github_pull_request_id"] = pr,
                    ["github_url"] = $"https://github.com/ppy/osu/pull/{pr}",
                    ["url"] = null,
                    ["type"] = (e % 3) switch { 0 => "fix", 1 => "add", _ => "misc" },
                    ["category"] = Categories[(i + e) % Categories.Length],
                    ["title"] = title,
                    ["major"] = e == 0 && i % 5 == 0,
                    ["created_at"] = OsuJsonTime.Offset(created.AddHours(-e - 1)),
                    ["github_user"] = new JsonObject
                    {
                        ["display_name"] = author.Username,
                        ["github_url"] = $"https://github.com/{author.Username.ToLowerInvariant()}",
                        ["github_username"] = author.Username.ToLowerInvariant(),
                        ["id"] = 900 + ((i + e) % authors.Count),
                        ["osu_username"] = author.Username,
                        ["user_id"] = author.Id,
                        ["user_url"] = $"https://osu.ppy.sh/users/{author.Id}",
                    },
                    ["message"] = $"{title}.",
                    ["message_html"] = $"<div class='changelog-md'><p class=\"changelog-md__paragraph\">{title}.</p>\n</div>",
                });
            }

            builds.Add(new JsonObject
            {
                ["created_at"] = OsuJsonTime.Offset(created),
                ["display_version"] = version,
                ["id"] = 8700 + i,
                ["users"] = i >= 55 ? OsuDeterministic.Between(100, 5000, i) : 0,
                ["version"] = version,
                ["youtube_id"] = i % 10 == 0 ? OsuDeterministic.Hex(11, i) : null,
                ["update_stream"] = stream.DeepClone(),
                ["changelog_entries"] = entries,
            });
        }

        builds.Reverse();
        community.Builds.AddRange(builds);
    }
}
