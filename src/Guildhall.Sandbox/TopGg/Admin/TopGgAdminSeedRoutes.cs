using System.Security.Cryptography;
using Guildhall.Sandbox.TopGg.State;
using Guildhall.Sandbox.TopGg.Wire;

namespace Guildhall.Sandbox.TopGg.Admin;

/// <summary>
/// Seeding:
/// <list type="bullet">
/// <item><c>POST /_sandbox/topgg/bots</c> <c>{username, id?, owners?, prefix?, shortdesc?, tags?}</c> → 201
/// <c>{bot, project_id, token, legacy_token}</c>: a new listed bot with a current and a legacy token.</item>
/// <item><c>POST /_sandbox/topgg/users</c> <c>{username?, id?, topgg_id?}</c> → 201 the user.</item>
/// <item><c>POST /_sandbox/topgg/votes</c> <c>{user?, bot?, at?, weight?}</c> → 201 the vote: records that a user
/// (default: the documented recent voter) voted for a bot (default: the main bot) now, or at <c>at</c>; the weight
/// follows the weekend rule unless given.</item>
/// </list>
/// </summary>
internal static class TopGgAdminSeedRoutes
{
    public static void Map(IEndpointRouteBuilder admin)
    {
        admin.MapPost("/bots", AddBotAsync);
        admin.MapPost("/users", AddUserAsync);
        admin.MapPost("/votes", AddVoteAsync);
    }

    private static async Task<IResult> AddBotAsync(HttpContext http, TopGgState state)
    {
        var (body, unreadable) = await TopGgAdminJson.ReadObjectAsync(http).ConfigureAwait(false);
        if (unreadable is not null)
        {
            return unreadable;
        }

        var now = state.Now;
        if (!TopGgAdminJson.TryReadString(body!, "username", out var username) || string.IsNullOrWhiteSpace(username)
            || !TopGgAdminJson.TryReadId(body!, "id", TopGgSnowflakes.At(now, state.NextSequence()), out var id)
            || !TopGgAdminJson.TryReadString(body!, "prefix", out var prefix)
            || !TopGgAdminJson.TryReadString(body!, "shortdesc", out var shortDescription)
            || !TopGgAdminJson.TryReadIds(body!, "owners", out var owners) || !TopGgAdminJson.TryReadStrings(body!, "tags", out var tags))
        {
            return TopGgAdminJson.Error("username is required; id must be a snowflake, owners an array of snowflakes, tags an array of strings, prefix and shortdesc strings.");
        }

        var bot = new TopGgBot
        {
            Id = id!.Value,
            ClientId = id.Value,
            ProjectId = TopGgSnowflakes.At(now, state.NextSequence()),
            Username = username,
            Avatar = $"https://cdn.discordapp.com/avatars/{id}/{RandomNumberGenerator.GetHexString(32, lowercase: true)}.png",
            Prefix = prefix ?? "/",
            ShortDescription = shortDescription ?? $"{username} is a bot added to the sandbox.",
            Tags = tags,
            Owners = owners.Count > 0 ? owners : [TopGgSandboxCredentials.OwnerId],
            SubmittedAt = now,
        };
        if (!state.Bots.TryAdd(bot.Id, bot))
        {
            return TopGgAdminJson.Error($"A bot with id {bot.Id} exists already.", StatusCodes.Status409Conflict);
        }

        state.Projects.TryAdd(bot.Id, TopGgSeeder.ProjectOf(bot));
        var token = TopGgTokenFactory.Create(bot.Id, now.ToUnixTimeSeconds());
        var legacyToken = TopGgTokenFactory.Create(bot.Id, now.ToUnixTimeSeconds() - 1);
        state.Tokens.Add(new TopGgIssuedToken(token, bot.Id, TopGgTokenGeneration.Current));
        state.Tokens.Add(new TopGgIssuedToken(legacyToken, bot.Id, TopGgTokenGeneration.Legacy));
        return Created(new JsonObject
        {
            ["bot"] = TopGgV0Json.Bot(bot),
            ["project_id"] = TopGgV0Json.Id(bot.ProjectId),
            ["token"] = token,
            ["legacy_token"] = legacyToken,
        });
    }

    private static async Task<IResult> AddUserAsync(HttpContext http, TopGgState state)
    {
        var (body, unreadable) = await TopGgAdminJson.ReadObjectAsync(http).ConfigureAwait(false);
        if (unreadable is not null)
        {
            return unreadable;
        }

        var now = state.Now;
        if (!TopGgAdminJson.TryReadId(body!, "id", TopGgSnowflakes.At(now, state.NextSequence()), out var discordId)
            || !TopGgAdminJson.TryReadId(body!, "topgg_id", TopGgSnowflakes.At(now, state.NextSequence()), out var topGgId)
            || !TopGgAdminJson.TryReadString(body!, "username", out var username))
        {
            return TopGgAdminJson.Error("id and topgg_id must be snowflakes, username a string.");
        }

        var user = TopGgSeeder.User(discordId!.Value, topGgId!.Value, username ?? $"user_{discordId}");
        return state.Users.TryAdd(user)
            ? Created(UserJson(user))
            : TopGgAdminJson.Error("A user with this id or topgg_id exists already.", StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> AddVoteAsync(HttpContext http, TopGgState state)
    {
        var (body, unreadable) = await TopGgAdminJson.ReadObjectAsync(http).ConfigureAwait(false);
        if (unreadable is not null)
        {
            return unreadable;
        }

        if (!TopGgAdminJson.TryReadId(body!, "user", TopGgSandboxCredentials.RecentVoterId, out var userId)
            || state.Users.FindByDiscordId(userId!.Value) is not { } user)
        {
            return TopGgAdminJson.Error("user must be the Discord id of a known user.");
        }

        if (!TopGgAdminJson.TryReadId(body!, "bot", TopGgSandboxCredentials.BotId, out var botId) || state.Bots.Find(botId!.Value) is null)
        {
            return TopGgAdminJson.Error("bot must be the id of a known bot.");
        }

        if (!TopGgAdminJson.TryReadString(body!, "at", out var atText) || !TopGgAdminJson.TryReadInt(body!, "weight", out var weight)
            || weight is < 1 or > 2)
        {
            return TopGgAdminJson.Error("at must be an ISO 8601 date and weight 1 or 2.");
        }

        var at = state.Now;
        if (atText is not null && !TopGgWireDates.TryParse(atText, out at))
        {
            return TopGgAdminJson.Error("at must be an ISO 8601 date.");
        }

        var vote = new TopGgVote(
            TopGgSnowflakes.At(at, state.NextSequence()), botId.Value, user.DiscordId, at, weight ?? TopGgWeekend.VoteWeightAt(at));
        state.RecordVote(vote);
        return Created(new JsonObject
        {
            ["id"] = TopGgV0Json.Id(vote.Id),
            ["bot"] = TopGgV0Json.Id(vote.BotId),
            ["user"] = UserJson(user),
            ["weight"] = vote.Weight,
            ["created_at"] = TopGgWireDates.V1(vote.CreatedAt),
            ["expires_at"] = TopGgWireDates.V1(vote.ExpiresAt),
        });
    }

    private static JsonObject UserJson(TopGgUser user) => new()
    {
        ["id"] = TopGgV0Json.Id(user.DiscordId),
        ["topgg_id"] = TopGgV0Json.Id(user.TopGgId),
        ["username"] = user.Username,
        ["avatar"] = user.AvatarUrl,
    };

    private static IResult Created(JsonObject body) =>
        TopGgJsonReplies.Json(body, StatusCodes.Status201Created);
}
