using System.Text.Json;
using Guildhall.Sandbox.Tatsu.State;
using Guildhall.Sandbox.Tatsu.Wire;

namespace Guildhall.Sandbox.Tatsu.Routes;

/// <summary>
/// The routes of <c>https://api.tatsu.gg/v1</c>, served under <c>/tatsu/v1</c>, and their answers. Handlers run under
/// the world's lock (the gateway takes it), so they read and change the state directly. Ids arrive as path segments;
/// a segment that is not a snowflake is a bad request.
/// </summary>
internal sealed class TatsuRoutes(TatsuWorld world, TatsuGateway gateway)
{
    /// <summary>The most rows one rankings page holds.</summary>
    public const int PageSize = 100;

    /// <summary>The bounds the change log gives for one points or score change.</summary>
    public const long MinAmount = 1, MaxAmount = 100_000;

    public void Map(IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup(TatsuGateway.Prefix);
        api.MapGet("/users/{userId}/profile", (HttpContext context, string userId) =>
            gateway.HandleAsync(context, _ => GetProfile(userId)));
        api.MapGet("/guilds/{guildId}/rankings/members/{userId}/{timeframe}", (HttpContext context, string guildId, string userId, string timeframe) =>
            gateway.HandleAsync(context, call => GetMemberRanking(call, guildId, userId, timeframe)));
        api.MapGet("/guilds/{guildId}/rankings/{timeframe}", (HttpContext context, string guildId, string timeframe) =>
            gateway.HandleAsync(context, call => GetGuildRankings(call, guildId, timeframe, context.Request.Query["offset"])));
        api.MapGet("/guilds/{guildId}/members/{userId}/points", (HttpContext context, string guildId, string userId) =>
            gateway.HandleAsync(context, call => GetPoints(call, guildId, userId)));
        api.MapPatch("/guilds/{guildId}/members/{userId}/points", (HttpContext context, string guildId, string userId) =>
            gateway.HandleAsync(context, call => ChangePoints(call, guildId, userId)));
        api.MapPatch("/guilds/{guildId}/members/{userId}/score", (HttpContext context, string guildId, string userId) =>
            gateway.HandleAsync(context, call => ChangeScore(call, guildId, userId)));
        api.MapGet("/store/listings/{listingId}", (HttpContext context, string listingId) =>
            gateway.HandleAsync(context, _ => GetListing(listingId)));
        routes.MapFallback(TatsuGateway.Prefix + "/{**path}", context => gateway.HandleAsync(context, _ => TatsuReply.NotFound));
    }

    private TatsuReply GetProfile(string userSegment)
    {
        if (!TryParseId(userSegment, out var userId))
        {
            return TatsuReply.BadRequest;
        }

        return world.Profiles.TryGetValue(userId, out var profile) ? TatsuReply.Ok(profile.DeepClone()) : TatsuReply.NotFound;
    }

    private TatsuReply GetMemberRanking(TatsuCall call, string guildSegment, string userSegment, string timeframeSegment)
    {
        if (!TryParseId(userSegment, out var userId) || !TatsuTimeframes.TryParse(timeframeSegment, out var timeframe))
        {
            return TatsuReply.BadRequest;
        }

        if (TryEnterGuild(call, guildSegment, manage: false, out var guild) is { } refusal)
        {
            return refusal;
        }

        if (!guild.Members.TryGetValue(userId, out var member))
        {
            return TatsuReply.UnknownGuildMember;
        }

        return TatsuReply.Ok(new JsonObject
        {
            ["guild_id"] = Id(guild.Id),
            ["rank"] = guild.RankOf(userId, timeframe, call.Now),
            ["score"] = member.GetScore(timeframe, call.Now),
            ["user_id"] = Id(userId),
        });
    }

    private TatsuReply GetGuildRankings(TatsuCall call, string guildSegment, string timeframeSegment, string? offsetText)
    {
        var offset = 0;
        if (!TatsuTimeframes.TryParse(timeframeSegment, out var timeframe)
            || (offsetText is not null && (!int.TryParse(offsetText, NumberStyles.None, CultureInfo.InvariantCulture, out offset))))
        {
            return TatsuReply.BadRequest;
        }

        if (TryEnterGuild(call, guildSegment, manage: false, out var guild) is { } refusal)
        {
            return refusal;
        }

        var rows = new JsonArray();
        var ranked = guild.Rank(timeframe, call.Now);
        for (var index = offset; index < ranked.Count && index < offset + PageSize; index++)
        {
            rows.Add((JsonNode)new JsonObject
            {
                ["rank"] = index + 1,
                ["score"] = ranked[index].Score,
                ["user_id"] = Id(ranked[index].Member.UserId),
            });
        }

        return TatsuReply.Ok(new JsonObject { ["guild_id"] = Id(guild.Id), ["rankings"] = rows });
    }

    private TatsuReply GetPoints(TatsuCall call, string guildSegment, string userSegment)
    {
        if (!TryParseId(userSegment, out var userId))
        {
            return TatsuReply.BadRequest;
        }

        if (TryEnterGuild(call, guildSegment, manage: false, out var guild) is { } refusal)
        {
            return refusal;
        }

        return guild.Members.TryGetValue(userId, out var member)
            ? TatsuReply.Ok(PointsBody(call, guild, member))
            : TatsuReply.UnknownGuildMember;
    }

    private TatsuReply ChangePoints(TatsuCall call, string guildSegment, string userSegment) =>
        Change(call, guildSegment, userSegment, (guild, member, add, amount) =>
        {
            member.ChangePoints(add, amount);
            return PointsBody(call, guild, member);
        });

    private TatsuReply ChangeScore(TatsuCall call, string guildSegment, string userSegment) =>
        Change(call, guildSegment, userSegment, (guild, member, add, amount) =>
        {
            member.ChangeScore(add, amount, call.Now);
            return new JsonObject
            {
                ["guild_id"] = Id(guild.Id),
                ["score"] = member.GetScore(TatsuTimeframe.All, call.Now),
                ["user_id"] = Id(member.UserId),
            };
        });

    /// <summary>The checks both change routes share: ids, guild access with Manage Server, the body, the member.</summary>
    private TatsuReply Change(TatsuCall call, string guildSegment, string userSegment, Func<TatsuGuild, TatsuMember, bool, ulong, JsonObject> apply)
    {
        if (!TryParseId(userSegment, out var userId))
        {
            return TatsuReply.BadRequest;
        }

        if (TryEnterGuild(call, guildSegment, manage: true, out var guild) is { } refusal)
        {
            return refusal;
        }

        if (!TryReadChange(call.Body, out var add, out var amount))
        {
            return TatsuReply.BadRequest;
        }

        return guild.Members.TryGetValue(userId, out var member)
            ? TatsuReply.Ok(apply(guild, member, add, amount))
            : TatsuReply.UnknownGuildMember;
    }

    private TatsuReply GetListing(string listingId) =>
        world.Listings.TryGetValue(listingId, out var listing) ? TatsuReply.Ok(listing.DeepClone()) : TatsuReply.NotFound;

    /// <summary>
    /// Finds the guild and checks the caller may use it: unknown guilds (or guilds without Tatsu) are 404, a caller
    /// who is not a member is 403, and so is one without Manage Server when <paramref name="manage"/> is set.
    /// Returns the refusal, or null with <paramref name="guild"/> set.
    /// </summary>
    private TatsuReply? TryEnterGuild(TatsuCall call, string guildSegment, bool manage, out TatsuGuild guild)
    {
        guild = null!;
        if (!TryParseId(guildSegment, out var guildId))
        {
            return TatsuReply.BadRequest;
        }

        if (!world.Guilds.TryGetValue(guildId, out var found))
        {
            return TatsuReply.NotFound;
        }

        if (!found.Members.ContainsKey(call.CallerId) && found.OwnerId != call.CallerId)
        {
            return TatsuReply.Forbidden;
        }

        if (manage && !found.CanManage(call.CallerId))
        {
            return TatsuReply.Forbidden;
        }

        guild = found;
        return null;
    }

    /// <summary>Reads <c>{"action": 0|1, "amount": 1..100000}</c>; anything else is a bad request.</summary>
    private static bool TryReadChange(string body, out bool add, out ulong amount)
    {
        add = false;
        amount = 0;
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return false;
        }

        if (node is not JsonObject change
            || change["action"] is not JsonValue actionValue || !actionValue.TryGetValue<long>(out var action) || action is not (0 or 1)
            || change["amount"] is not JsonValue amountValue || !amountValue.TryGetValue<long>(out var requested)
            || requested is < MinAmount or > MaxAmount)
        {
            return false;
        }

        add = action == 0;
        amount = (ulong)requested;
        return true;
    }

    private static JsonObject PointsBody(TatsuCall call, TatsuGuild guild, TatsuMember member) => new()
    {
        ["guild_id"] = Id(guild.Id),
        ["points"] = member.Points,
        ["rank"] = guild.RankOf(member.UserId, TatsuTimeframe.All, call.Now),
        ["user_id"] = Id(member.UserId),
    };

    private static bool TryParseId(string segment, out ulong id) =>
        ulong.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id != 0;

    /// <summary>Tatsu sends every snowflake as a JSON string.</summary>
    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);
}
