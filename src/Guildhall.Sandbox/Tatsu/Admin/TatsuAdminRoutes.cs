using System.Text.Json;
using Guildhall.Sandbox.Faults;
using Guildhall.Sandbox.Kit;
using Guildhall.Sandbox.Tatsu.Routes;
using Guildhall.Sandbox.Tatsu.State;
using static Guildhall.Sandbox.Tatsu.Admin.TatsuAdminJson;

namespace Guildhall.Sandbox.Tatsu.Admin;

/// <summary>
/// The admin routes under <c>/_sandbox/tatsu</c>: reset, seed users, keys, guilds, members and listings, look at
/// guilds, and tune or drain the rate limit. They need no key.
/// </summary>
internal sealed class TatsuAdminRoutes(TatsuWorld world, TatsuRateLimiter limiter, SandboxFaults faults, SandboxRequestLog log, TimeProvider time)
{
    public void Map(IEndpointRouteBuilder admin)
    {
        // Handlers taking only the HttpContext are cast to Delegate so their IResult is written, not discarded.
        admin.MapPost("/reset", Reset);
        admin.MapPut("/users/{userId}/profile", PutProfileAsync);
        admin.MapPost("/keys", (Delegate)PostKeyAsync);
        admin.MapPut("/guilds/{guildId}", PutGuildAsync);
        admin.MapGet("/guilds/{guildId}", GetGuild);
        admin.MapPut("/guilds/{guildId}/members/{userId}", PutMemberAsync);
        admin.MapDelete("/guilds/{guildId}/members/{userId}", DeleteMember);
        admin.MapPut("/store/listings/{listingId}", PutListingAsync);
        admin.MapPut("/rate-limit", (Delegate)PutRateLimitAsync);
        admin.MapPost("/rate-limit/consume", (Delegate)ConsumeAsync);
    }

    private IResult Reset()
    {
        world.Reset();
        limiter.Reset();
        faults.Clear(TatsuGateway.Prefix);
        log.Clear(TatsuEmulator.ApiName);
        return Results.NoContent();
    }

    /// <summary>Stores the body as the profile, verbatim, so any wire shape can be reproduced; <c>id</c> defaults to the path.</summary>
    private async Task<IResult> PutProfileAsync(HttpContext context, string userId)
    {
        if (!TryGetId(userId, out var id) || await ReadObjectAsync(context.Request).ConfigureAwait(false) is not { } profile)
        {
            return Problem(StatusCodes.Status400BadRequest, "expected a snowflake in the path and a JSON object (the profile) as the body");
        }

        profile["id"] ??= id.ToString(CultureInfo.InvariantCulture);
        lock (world.Sync)
        {
            world.Profiles[id] = profile;
        }

        return SandboxJson.Result(profile);
    }

    private async Task<IResult> PostKeyAsync(HttpContext context)
    {
        var body = await ReadObjectAsync(context.Request).ConfigureAwait(false);
        if (body?["key"] is not JsonValue keyValue || !keyValue.TryGetValue<string>(out var key) || string.IsNullOrWhiteSpace(key)
            || !TryGetId(body["user_id"], out var userId))
        {
            return Problem(StatusCodes.Status400BadRequest, "expected {\"key\": \"...\", \"user_id\": \"<snowflake>\"}");
        }

        lock (world.Sync)
        {
            world.Keys[key] = userId;
        }

        return Results.NoContent();
    }

    private async Task<IResult> PutGuildAsync(HttpContext context, string guildId)
    {
        var body = await ReadObjectAsync(context.Request).ConfigureAwait(false);
        if (!TryGetId(guildId, out var id) || body is null || !TryGetId(body["owner_id"], out var ownerId))
        {
            return Problem(StatusCodes.Status400BadRequest, "expected {\"name\": \"...\", \"owner_id\": \"<snowflake>\"}");
        }

        var name = Text(body, "name") ?? $"Guild {id}";
        lock (world.Sync)
        {
            if (world.Guilds.TryGetValue(id, out var guild))
            {
                guild.Name = name;
                guild.OwnerId = ownerId;
            }
            else
            {
                world.Guilds[id] = new TatsuGuild(id, name, ownerId);
            }
        }

        return GetGuild(guildId);
    }

    /// <summary>The guild as the emulator holds it, members in all-time order with their score in every timeframe.</summary>
    private IResult GetGuild(string guildId)
    {
        lock (world.Sync)
        {
            if (!TryGetId(guildId, out var id) || !world.Guilds.TryGetValue(id, out var guild))
            {
                return Problem(StatusCodes.Status404NotFound, "no such guild");
            }

            var now = time.GetUtcNow();
            var members = new JsonArray();
            foreach (var (member, score) in guild.Rank(TatsuTimeframe.All, now))
            {
                members.Add((JsonNode)new JsonObject
                {
                    ["user_id"] = member.UserId.ToString(CultureInfo.InvariantCulture),
                    ["score"] = score,
                    ["month_score"] = member.GetScore(TatsuTimeframe.Month, now),
                    ["week_score"] = member.GetScore(TatsuTimeframe.Week, now),
                    ["points"] = member.Points,
                    ["manage_guild"] = member.ManageGuild,
                });
            }

            return SandboxJson.Result(new JsonObject
            {
                ["id"] = guild.Id.ToString(CultureInfo.InvariantCulture),
                ["name"] = guild.Name,
                ["owner_id"] = guild.OwnerId.ToString(CultureInfo.InvariantCulture),
                ["members"] = members,
            });
        }
    }

    /// <summary>Adds or replaces a member: <c>score</c> (all time, earned before now), <c>points</c>, <c>manage_guild</c>.</summary>
    private async Task<IResult> PutMemberAsync(HttpContext context, string guildId, string userId)
    {
        var body = await ReadObjectAsync(context.Request).ConfigureAwait(false) ?? [];
        if (!TryGetId(userId, out var memberId) || !TryGetOptional(body, "score", 0, out var score) || !TryGetOptional(body, "points", 0, out var points)
            || (body["manage_guild"] is { } flag && flag.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False)))
        {
            return Problem(StatusCodes.Status400BadRequest, "expected {\"score\": n, \"points\": n, \"manage_guild\": bool}, all optional");
        }

        lock (world.Sync)
        {
            if (!TryGetId(guildId, out var id) || !world.Guilds.TryGetValue(id, out var guild))
            {
                return Problem(StatusCodes.Status404NotFound, "no such guild; create it with PUT /_sandbox/tatsu/guilds/{id}");
            }

            guild.Members[memberId] = new TatsuMember(memberId)
            {
                BaseScore = score,
                Points = points,
                ManageGuild = body["manage_guild"]?.GetValue<bool>() ?? false,
            };
        }

        return GetGuild(guildId);
    }

    private IResult DeleteMember(string guildId, string userId)
    {
        lock (world.Sync)
        {
            return TryGetId(guildId, out var id) && world.Guilds.TryGetValue(id, out var guild)
                && TryGetId(userId, out var memberId) && guild.Members.Remove(memberId)
                ? Results.NoContent()
                : Problem(StatusCodes.Status404NotFound, "no such guild member");
        }
    }

    /// <summary>Stores the body as the listing, verbatim; <c>id</c> defaults to the path.</summary>
    private async Task<IResult> PutListingAsync(HttpContext context, string listingId)
    {
        if (await ReadObjectAsync(context.Request).ConfigureAwait(false) is not { } listing)
        {
            return Problem(StatusCodes.Status400BadRequest, "expected a JSON object (the listing) as the body");
        }

        listing["id"] ??= listingId;
        lock (world.Sync)
        {
            world.Listings[listingId] = listing;
        }

        return SandboxJson.Result(listing);
    }

    private async Task<IResult> PutRateLimitAsync(HttpContext context)
    {
        var body = await ReadObjectAsync(context.Request).ConfigureAwait(false);
        if (body is null || !TryGetOptional(body, "limit", TatsuRateLimiter.DefaultLimit, out var limit) || limit is 0 or > int.MaxValue
            || !TryGetOptional(body, "window_seconds", 60, out var seconds) || seconds is 0 or > 86_400)
        {
            return Problem(StatusCodes.Status400BadRequest, "expected {\"limit\": n, \"window_seconds\": n}");
        }

        limiter.Configure((int)limit, TimeSpan.FromSeconds(seconds));
        return Results.NoContent();
    }

    /// <summary>Uses up part of a key's window, as another process sharing the key would: <c>{"key": "...", "count": n}</c>.</summary>
    private async Task<IResult> ConsumeAsync(HttpContext context)
    {
        var body = await ReadObjectAsync(context.Request).ConfigureAwait(false);
        if (body is null || Text(body, "key") is not { } key || !TryGetOptional(body, "count", 1, out var count) || count is 0 or > int.MaxValue)
        {
            return Problem(StatusCodes.Status400BadRequest, "expected {\"key\": \"...\", \"count\": n}");
        }

        var window = limiter.Consume(key, (int)count);
        return SandboxJson.Result(new JsonObject
        {
            ["limit"] = window.Limit,
            ["remaining"] = window.Remaining,
            ["reset"] = window.ResetUnixSeconds,
        });
    }
}
