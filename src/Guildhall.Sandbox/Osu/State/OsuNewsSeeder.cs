using Guildhall.Sandbox.Osu.State;

namespace Guildhall.Sandbox.Osu.State;

/// <summary>
/// Seeds the news (45 posts over the last three years), the comments on posts, builds and beatmapsets (threads with
/// replies, one pinned comment, one deleted), and the beatmap packs of every type.
/// </summary>
internal static class OsuNewsSeeder
{
    private static readonly string[] Topics = ["Project Loved", "Spotlights", "Tournament results", "New featured artist", "Ranking criteria update", "osu!lazer release", "Community meetup"];

    private static readonly (string Type, string Prefix, int Count, int? RulesetId)[] PackSeeds =
    [
        ("standard", "S", 230, null), ("featured", "F", 12, null), ("tournament", "P", 14, 0), ("loved", "L", 9, null),
        ("chart", "R", 11, 0), ("theme", "T", 8, null), ("artist", "A", 6, null),
    ];

    public static void Seed(OsuWorld world, OsuSiteContent community, DateTimeOffset now)
    {
        SeedNews(community, now);
        SeedComments(world, community);
        SeedPacks(world, community, now);
    }

    private static void SeedNews(OsuSiteContent community, DateTimeOffset now)
    {
        for (var i = 0; i < 45; i++)
        {
            var id = 1900 - i;
            var published = now.AddDays(-(i * 24) - 1).AddHours(-(i % 5));
            var topic = Topics[i % Topics.Length];
            var slug = $"{published:yyyy-MM-dd}-{topic.ToLowerInvariant().Replace(' ', '-').Replace('!', '-')}-{id}";
            var image = i % 4 == 3 ? null : $"https://assets.ppy.sh/news/{id}/banner.jpg";
            community.NewsPosts.Add(new JsonObject
            {
                ["id"] = id,
                ["author"] = i % 3 == 0 ? "the News Team" : "Project Loved Team",
                ["edit_url"] = $"https://github.com/ppy/osu-wiki/tree/master/news/{published.Year}/{slug}.md",
                ["first_image"] = image,
                ["first_image@2x"] = image?.Replace("banner.jpg", "banner@2x.jpg", StringComparison.Ordinal),
                ["published_at"] = OsuJsonTime.Offset(published),
                ["updated_at"] = OsuJsonTime.Offset(published.AddHours(6)),
                ["slug"] = slug,
                ["title"] = $"{topic}: no. {id}",
                ["preview"] = $"What happened in {topic.ToLowerInvariant()} this time, in short.",
                ["content"] = $"<div class=\"osu-md osu-md--news\"><p class=\"osu-md__paragraph\">What happened in {topic.ToLowerInvariant()} this time.</p></div>",
            });
        }
    }

    private static void SeedComments(OsuWorld world, OsuSiteContent community)
    {
        var users = world.Users.Values.OrderBy(u => u.Id).Where(u => !u.IsBot).Take(30).ToList();
        var targets = new List<(string Type, long Id, DateTimeOffset Since)>();
        targets.AddRange(community.NewsPosts.Take(6).Select(p => ("news_post", p["id"]!.ToInt64(), OsuJsonTime.Parse(p["published_at"]!.GetValue<string>()))));
        targets.AddRange(community.Builds.Take(3).Select(b => ("build", b["id"]!.ToInt64(), OsuJsonTime.Parse(b["created_at"]!.GetValue<string>()))));
        targets.Add(("beatmapset", OsuSandboxSeed.FeaturedBeatmapsetId, OsuJsonTime.Parse(world.Beatmapsets[OsuSandboxSeed.FeaturedBeatmapsetId].Data["submitted_date"]!.GetValue<string>())));

        var id = 3_100_000L;
        foreach (var (type, targetId, since) in targets)
        {
            // The first target gets a long thread (more than a page), the others a few comments each.
            var topLevel = targetId == targets[0].Id ? 70 : 6;
            for (var t = 0; t < topLevel; t++)
            {
                var parentId = id;
                var created = since.AddHours((t * 5) + 1);
                community.Comments.Add(Comment(id++, null, users[t % users.Count].Id, type, targetId, created, t % 7, pinned: t == 0, deleted: t == 3));
                for (var r = 0; r < t % 3; r++)
                {
                    community.Comments.Add(Comment(id++, parentId, users[(t + r + 1) % users.Count].Id, type, targetId, created.AddMinutes(20 * (r + 1)), r, pinned: false, deleted: false));
                }
            }
        }

        foreach (var comment in community.Comments)
        {
            var commentId = comment["id"]!.ToInt64();
            comment["replies_count"] = community.Comments.Count(c => c["parent_id"]?.ToInt64() == commentId);
        }
    }

    private static JsonObject Comment(long id, long? parentId, long userId, string type, long targetId, DateTimeOffset created, int votes, bool pinned, bool deleted)
    {
        var message = deleted ? null : $"Comment {id}: {(parentId is null ? "great read" : "agreed")}!";
        return new JsonObject
        {
            ["id"] = id,
            ["parent_id"] = parentId,
            ["user_id"] = userId,
            ["pinned"] = pinned,
            ["replies_count"] = 0,
            ["votes_count"] = votes,
            ["commentable_type"] = type,
            ["commentable_id"] = targetId,
            ["legacy_name"] = null,
            ["created_at"] = OsuJsonTime.Zulu(created),
            ["updated_at"] = OsuJsonTime.Zulu(created.AddMinutes(1)),
            ["deleted_at"] = deleted ? OsuJsonTime.Zulu(created.AddDays(1)) : null,
            ["edited_at"] = null,
            ["edited_by_id"] = null,
            ["message"] = message,
            ["message_html"] = message is null ? null : $"<div class='osu-md osu-md--comment'><p class=\"osu-md__paragraph\">{message}</p>\n</div>",
        };
    }

    private static void SeedPacks(OsuWorld world, OsuSiteContent community, DateTimeOffset now)
    {
        var sets = world.Beatmapsets.Values.Where(s => s.Status is "ranked" or "loved" or "approved").OrderBy(s => s.Id).Select(s => s.Id).ToList();
        foreach (var (type, prefix, count, rulesetId) in PackSeeds)
        {
            var packs = new List<(JsonObject, List<long>)>();
            for (var n = count; n >= 1; n--)
            {
                var tag = type == "standard" && n % 4 != 0 ? $"S{n}" : type == "standard" ? $"SM{n}" : $"{prefix}{n}";
                var name = type switch
                {
                    "standard" => $"osu! Beatmap Pack #{n}",
                    "featured" => $"Featured Artist: {OsuSongCatalog.Artists[n % OsuSongCatalog.Artists.Count]}",
                    "tournament" => $"Harbour Cup {2014 + n}",
                    "loved" => $"Project Loved: Season {n}",
                    "chart" => $"Beatmap Spotlights: Season {n}",
                    "theme" => $"Theme Pack #{n}",
                    _ => $"{OsuSongCatalog.Artists[n % OsuSongCatalog.Artists.Count]} Pack",
                };
                var date = now.AddDays(-(count - n + 1) * 9);
                var setIds = Enumerable.Range(0, 3 + (n % 4)).Select(k => sets[(n * 7 + k * 3 + prefix[0]) % sets.Count]).Distinct().ToList();
                packs.Add((new JsonObject
                {
                    ["author"] = n % 2 == 0 ? "Shige-Tori[a]" : "Hivie",
                    ["date"] = Micro(date),
                    ["name"] = name,
                    ["no_diff_reduction"] = type == "loved" && n % 2 == 0,
                    ["ruleset_id"] = type == "standard" && n % 4 == 0 ? 3 : rulesetId,
                    ["tag"] = tag,
                    ["url"] = $"https://packs.ppy.sh/{Uri.EscapeDataString(tag + " - " + name)}.zip",
                }, setIds));
            }

            community.Packs[type] = packs;
        }
    }

    /// <summary>The microsecond spelling Eloquent gives dates it serializes itself (<c>2026-07-01T13:03:00.000000Z</c>).</summary>
    public static string Micro(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'.000000Z'", CultureInfo.InvariantCulture);
}
