
using Guildhall.Sandbox.Osu.State;

namespace Guildhall.Sandbox.Osu.Admin;

/// <summary>
/// Admin routes that add data: users (full profiles built like every seeded user), scores
/// (synthesized like the seeded plays, optionally stable plays, pinned, failed or at a chosen time) and friendships,
/// plus a summary of the world.
/// </summary>
internal static class OsuAdminSeedRoutes
{
    public static void Map(IEndpointRouteBuilder admin)
    {
        admin.MapGet("/state", Summary);
        admin.MapPost("/users", AddUserAsync);
        admin.MapPost("/scores", AddScoreAsync);
        admin.MapPost("/friends", AddFriendAsync);
    }

    private static IResult Summary(OsuWorld world)
    {
        lock (world.Sync)
        {
            var perRuleset = new JsonObject();
            foreach (var ruleset in Enumerable.Range(0, 4))
            {
                perRuleset[OsuRuleset.Name(ruleset)] = world.Beatmaps.Values.Count(b => b.RulesetId == ruleset);
            }

            return SandboxJson.Result(new JsonObject
            {
                ["users"] = world.Users.Count,
                ["beatmapsets"] = world.Beatmapsets.Count,
                ["beatmaps"] = world.Beatmaps.Count,
                ["scores"] = world.Scores.Count,
                ["events"] = world.Events.Count,
                ["beatmaps_per_ruleset"] = perRuleset,
            });
        }
    }

    // Body: username (required), id, country_code, playmode, pp, is_supporter, is_bot.
    private static async Task<IResult> AddUserAsync(HttpRequest request, OsuWorld world)
    {
        var body = await OsuAdminBody.ReadAsync(request).ConfigureAwait(false);
        if (OsuAdminBody.String(body, "username") is not { } username)
        {
            return OsuAdminBody.BadRequest("username is required");
        }

        var playmode = OsuAdminBody.String(body, "playmode") ?? "osu";
        var country = (OsuAdminBody.String(body, "country_code") ?? "AU").ToUpperInvariant();
        if (!OsuRuleset.TryParse(playmode, out _) || !OsuCountries.IsKnown(country))
        {
            return OsuAdminBody.BadRequest("playmode must be osu, taiko, fruits or mania and country_code a known country");
        }

        lock (world.Sync)
        {
            var id = OsuAdminBody.Long(body, "id") ?? world.NextUserId++;
            if (world.Users.ContainsKey(id) || world.FindUser(username, "username") is not null)
            {
                return SandboxJson.Result(new JsonObject { ["error"] = "a user with that id or username exists" }, StatusCodes.Status409Conflict);
            }

            var isBot = OsuAdminBody.Bool(body, "is_bot") ?? false;
            var compact = new JsonObject
            {
                ["avatar_url"] = "https://osu.ppy.sh/images/layout/avatar-guest@2x.png",
                ["country_code"] = country,
                ["default_group"] = isBot ? "bot" : "default",
                ["id"] = id,
                ["is_active"] = true,
                ["is_bot"] = isBot,
                ["is_deleted"] = false,
                ["is_online"] = false,
                ["is_supporter"] = OsuAdminBody.Bool(body, "is_supporter") ?? false,
                ["last_visit"] = null,
                ["pm_friends_only"] = false,
                ["profile_colour"] = null,
                ["username"] = username,
            };
            var user = OsuUserFactory.FromCompact(compact, Math.Max(0, OsuAdminBody.Double(body, "pp") ?? 1000), playmode);
            world.Users[id] = user;
            world.RecomputeRanks();
            return SandboxJson.Result(new JsonObject { ["id"] = id, ["username"] = username, ["playmode"] = playmode, ["country_code"] = country }, StatusCodes.Status201Created);
        }
    }

    // Body: user_id, beatmap_id (required); ruleset (default: the map's), mods (acronyms), skill 0-1, passed,
    // legacy (a stable play with its own legacy id), pinned, minutes_ago (default 1).
    private static async Task<IResult> AddScoreAsync(HttpRequest request, OsuWorld world, TimeProvider time)
    {
        var body = await OsuAdminBody.ReadAsync(request).ConfigureAwait(false);
        lock (world.Sync)
        {
            if (OsuAdminBody.Long(body, "user_id") is not { } userId || !world.Users.TryGetValue(userId, out var user))
            {
                return OsuAdminBody.BadRequest("user_id must be a seeded user");
            }

            if (OsuAdminBody.Long(body, "beatmap_id") is not { } beatmapId || !world.Beatmaps.TryGetValue(beatmapId, out var beatmap))
            {
                return OsuAdminBody.BadRequest("beatmap_id must be a seeded beatmap");
            }

            var rulesetId = beatmap.RulesetId;
            if (OsuAdminBody.String(body, "ruleset") is { } ruleset && (!OsuRuleset.TryParse(ruleset, out rulesetId) || !OsuRuleset.CanConvert(beatmap.RulesetId, rulesetId)))
            {
                return OsuAdminBody.BadRequest("ruleset must be the map's own or, for osu! maps, one it converts to");
            }

            var mods = body["mods"] is JsonArray array ? array.Select(m => m?.ToString() ?? "").ToList() : null;
            if (mods?.FirstOrDefault(m => !OsuMods.IsValid(rulesetId, m)) is { } invalid)
            {
                return OsuAdminBody.BadRequest($"invalid mod for ruleset: {invalid}");
            }

            var id = world.NextScoreId++;
            var score = OsuScoreFactory.Synthesize(
                id,
                OsuAdminBody.Bool(body, "legacy") == true ? world.NextLegacyScoreId++ : null,
                userId,
                beatmap,
                rulesetId,
                Math.Clamp(OsuAdminBody.Double(body, "skill") ?? 0.8, 0, 1),
                id,
                time.GetUtcNow().AddMinutes(-(OsuAdminBody.Double(body, "minutes_ago") ?? 1)),
                OsuAdminBody.Bool(body, "passed") ?? true,
                mods);
            score.IsPinned = OsuAdminBody.Bool(body, "pinned") ?? false;
            world.AddScore(score);
            user.Playcounts[beatmapId] = user.Playcounts.GetValueOrDefault(beatmapId) + 1;
            OsuEventFactory.AddRankEvents(world, [score]);
            return SandboxJson.Result(new JsonObject { ["id"] = score.Id, ["legacy_score_id"] = score.LegacyScoreId, ["total_score"] = score.TotalScore, ["rank"] = score.Rank, ["pp"] = score.Pp }, StatusCodes.Status201Created);
        }
    }

    // Body: user_id, friend_id; "mutual": true adds the reverse too.
    private static async Task<IResult> AddFriendAsync(HttpRequest request, OsuWorld world)
    {
        var body = await OsuAdminBody.ReadAsync(request).ConfigureAwait(false);
        lock (world.Sync)
        {
            if (OsuAdminBody.Long(body, "user_id") is not { } userId || !world.Users.TryGetValue(userId, out var user)
                || OsuAdminBody.Long(body, "friend_id") is not { } friendId || !world.Users.TryGetValue(friendId, out var friend) || userId == friendId)
            {
                return OsuAdminBody.BadRequest("user_id and friend_id must be two different seeded users");
            }

            if (!user.FriendIds.Contains(friendId))
            {
                user.FriendIds.Add(friendId);
            }

            if (OsuAdminBody.Bool(body, "mutual") == true && !friend.FriendIds.Contains(userId))
            {
                friend.FriendIds.Add(userId);
            }

            return SandboxJson.Result(new JsonObject { ["user_id"] = userId, ["friend_ids"] = new JsonArray([.. user.FriendIds.Select(id => (JsonNode)id)]) }, StatusCodes.Status201Created);
        }
    }
}
