

using Guildhall.Sandbox.TopGg.State;

namespace Guildhall.Sandbox.TopGg.Wire;

/// <summary>v1 objects: snake_case, snowflakes as strings, dates with seven fraction digits and <c>+00:00</c>.</summary>
internal static class TopGgV1Json
{
    public static JsonObject Project(TopGgBot bot, TopGgProject project) => new()
    {
        ["id"] = TopGgV0Json.Id(bot.ProjectId),
        ["name"] = bot.Username,
        ["type"] = "bot",
        ["platform"] = "discord",
        ["platform_id"] = TopGgV0Json.Id(bot.ClientId),
        ["headline"] = project.Headlines.GetValueOrDefault("en", bot.ShortDescription),
        ["tags"] = new JsonArray([.. bot.Tags.Select(t => JsonValue.Create(t))]),
        ["votes"] = bot.MonthlyPoints,
        ["votes_total"] = bot.Points,
        ["review_score"] = bot.ReviewScore,
        ["review_count"] = bot.ReviewCount,
    };

    /// <summary>The project reference inside webhook payloads: <c>{id, type, platform, platform_id}</c>.</summary>
    public static JsonObject ProjectReference(TopGgBot bot) => new()
    {
        ["id"] = TopGgV0Json.Id(bot.ProjectId),
        ["type"] = "bot",
        ["platform"] = "discord",
        ["platform_id"] = TopGgV0Json.Id(bot.ClientId),
    };

    /// <summary>The user inside webhook payloads: <c>{id, platform_id, name, avatar_url}</c>.</summary>
    public static JsonObject User(TopGgUser user) => new()
    {
        ["id"] = TopGgV0Json.Id(user.TopGgId),
        ["platform_id"] = TopGgV0Json.Id(user.DiscordId),
        ["name"] = user.Username,
        ["avatar_url"] = user.AvatarUrl,
    };

    /// <summary>An entry of <c>GET /v1/projects/@me/votes</c>.</summary>
    public static JsonObject Vote(TopGgVote vote, TopGgUser? voter) => new()
    {
        ["user_id"] = TopGgV0Json.Id(voter?.TopGgId ?? vote.UserId),
        ["platform_id"] = TopGgV0Json.Id(vote.UserId),
        ["weight"] = vote.Weight,
        ["created_at"] = TopGgWireDates.V1(vote.CreatedAt),
        ["expires_at"] = TopGgWireDates.V1(vote.ExpiresAt),
    };

    /// <summary>The answer of <c>GET /v1/projects/@me/votes/{user_id}</c>.</summary>
    public static JsonObject VoteStatus(TopGgVote vote) => new()
    {
        ["created_at"] = TopGgWireDates.V1(vote.CreatedAt),
        ["expires_at"] = TopGgWireDates.V1(vote.ExpiresAt),
        ["weight"] = vote.Weight,
    };
}
