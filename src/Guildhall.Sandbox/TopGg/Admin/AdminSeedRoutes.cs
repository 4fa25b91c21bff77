using System.Security.Cryptography;
using Guildhall.Sandbox.TopGg.Auth;
using Guildhall.Sandbox.TopGg.Seeding;
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
internal static class AdminSeedRoutes
{
    public static void Map(IEndpointRouteBuilder admin)
    {
        admin.MapPost("/bots", AddBotAsync);
        admin.MapPost("/users", AddUserAsync);
        admin.MapPost("/votes", AddVoteAsync);
    }

    private static async Task<IResult> AddBotAsync(HttpContext http, TopGgState state)
    {
        var (body, unreadable) = await AdminJson.ReadObjectAsync(http).ConfigureAwait(false);
        if (unreadable is not null)
        {
            return unreadable;
        }

        var now = state.Now;
        if (!AdminJson.TryReadString(body!, "username", out var username) || string.IsNullOrWhiteSpace(username)
            || !AdminJson.TryReadId(body!, "id", Snowflakes.At(now, state.NextSequence()), out var id)
            || !AdminJson.TryReadString(body!, "prefix", out var prefix)
            || !AdminJson.TryReadString(body!, "shortdesc", out var shortDescription)
            || !AdminJson.TryReadIds(body!, "owners", out var owners) || !AdminJson.TryReadStrings(body!, "tags", out var tags))
        {
            return AdminJson.Error("username is required; id must be a snowflake, owners an array of snowflakes, tags an array of strings, prefix and shortdesc strings.");
        }

        var bot = new SandboxBot
        {
            Id = id!.Value,
            ClientId = id.Value,
            ProjectId = Snowflakes.At(now, state.NextSequence()),
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
            return AdminJson.Error($"A bot with id {bot.Id} exists already.", StatusCodes.Status409Conflict);
        }

        state.Projects.TryAdd(bot.Id, TopGgSeeder.ProjectOf(bot));
        var token = TopGgTokenFactory.Create(bot.Id, now.ToUnixTimeSeconds());
        var legacyToken = TopGgTokenFactory.Create(bot.Id, now.ToUnixTimeSeconds() - 1);
        state.Tokens.Add(new IssuedToken(token, bot.Id, TokenGeneration.Current));
        state.Tokens.Add(new IssuedToken(legacyToken, bot.Id, TokenGeneration.Legacy));
        return Created(new JsonObject
        {
            ["bot"] = V0Json.Bot(bot),
            ["project_id"] = V0Json.Id(bot.ProjectId),
            ["token"] = token,
            ["legacy_token"] = legacyToken,
        });
    }

    private static async Task<IResult> AddUserAsync(HttpContext http, TopGgState state)
    {
        var (body, unreadable) = await AdminJson.ReadObjectAsync(http).ConfigureAwait(false);
        if (unreadable is not null)
        {
            return unreadable;
        }

        var now = state.Now;
        if (!AdminJson.TryReadId(body!, "id", Snowflakes.At(now, state.NextSequence()), out var discordId)
            || !AdminJson.TryReadId(body!, "topgg_id", Snowflakes.At(now, state.NextSequence()), out var topGgId)
            || !AdminJson.TryReadString(body!, "username", out var username))
        {
            return AdminJson.Error("id and topgg_id must be snowflakes, username a string.");
        }

        var user = TopGgSeeder.User(discordId!.Value, topGgId!.Value, username ?? $"user_{discordId}");
        return state.Users.TryAdd(user)
            ? Created(UserJson(user))
            : AdminJson.Error("A user with this id or topgg_id exists already.", StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> AddVoteAsync(HttpContext http, TopGgState state)
    {
        var (body, unreadable) = await AdminJson.ReadObjectAsync(http).ConfigureAwait(false);
        if (unreadable is not null)
        {
            return unreadable;
        }

        if (!AdminJson.TryReadId(body!, "user", TopGgSandboxCredentials.RecentVoterId, out var userId)
            || state.Users.FindByDiscordId(userId!.Value) is not { } user)
        {
            return AdminJson.Error("user must be the Discord id of a known user.");
        }

        if (!AdminJson.TryReadId(body!, "bot", TopGgSandboxCredentials.BotId, out var botId) || state.Bots.Find(botId!.Value) is null)
        {
            return AdminJson.Error("bot must be the id of a known bot.");
        }

        if (!AdminJson.TryReadString(body!, "at", out var atText) || !AdminJson.TryReadInt(body!, "weight", out var weight)
            || weight is < 1 or > 2)
        {
            return AdminJson.Error("at must be an ISO 8601 date and weight 1 or 2.");
        }

        var at = state.Now;
        if (atText is not null && !WireDates.TryParse(atText, out at))
        {
            return AdminJson.Error("at must be an ISO 8601 date.");
        }

        var vote = new SandboxVote(
            Snowflakes.At(at, state.NextSequence()), botId.Value, user.DiscordId, at, weight ?? TopGgWeekend.VoteWeightAt(at));
        state.RecordVote(vote);
        return Created(new JsonObject
        {
            ["id"] = V0Json.Id(vote.Id),
            ["bot"] = V0Json.Id(vote.BotId),
            ["user"] = UserJson(user),
            ["weight"] = vote.Weight,
            ["created_at"] = WireDates.V1(vote.CreatedAt),
            ["expires_at"] = WireDates.V1(vote.ExpiresAt),
        });
    }

    private static JsonObject UserJson(SandboxUser user) => new()
    {
        ["id"] = V0Json.Id(user.DiscordId),
        ["topgg_id"] = V0Json.Id(user.TopGgId),
        ["username"] = user.Username,
        ["avatar"] = user.AvatarUrl,
    };

    private static IResult Created(JsonObject body) =>
        JsonReplies.Json(body, StatusCodes.Status201Created);
}
