using Guildhall.Sandbox.TopGg.State;

namespace Guildhall.Sandbox.TopGg.Wire;

/// <summary>v1 objects: snake_case, snowflakes as strings, dates with seven fraction digits and <c>+00:00</c>.</summary>
internal static class V1Json
{
    public static JsonObject Project(SandboxBot bot, SandboxProject project) => new()
    {
        ["id"] = V0Json.Id(bot.ProjectId),
        ["name"] = bot.Username,
        ["type"] = "bot",
        ["platform"] = "discord",
        ["platform_id"] = V0Json.Id(bot.ClientId),
        ["headline"] = project.Headlines.GetValueOrDefault("en", bot.ShortDescription),
        ["tags"] = new JsonArray([.. bot.Tags.Select(t => JsonValue.Create(t))]),
        ["votes"] = bot.MonthlyPoints,
        ["votes_total"] = bot.Points,
        ["review_score"] = bot.ReviewScore,
        ["review_count"] = bot.ReviewCount,
    };

    /// <summary>The project reference inside webhook payloads: <c>{id, type, platform, platform_id}</c>.</summary>
    public static JsonObject ProjectReference(SandboxBot bot) => new()
    {
        ["id"] = V0Json.Id(bot.ProjectId),
        ["type"] = "bot",
        ["platform"] = "discord",
        ["platform_id"] = V0Json.Id(bot.ClientId),
    };

    /// <summary>The user inside webhook payloads: <c>{id, platform_id, name, avatar_url}</c>.</summary>
    public static JsonObject User(SandboxUser user) => new()
    {
        ["id"] = V0Json.Id(user.TopGgId),
        ["platform_id"] = V0Json.Id(user.DiscordId),
        ["name"] = user.Username,
        ["avatar_url"] = user.AvatarUrl,
    };

    /// <summary>An entry of <c>GET /v1/projects/@me/votes</c>.</summary>
    public static JsonObject Vote(SandboxVote vote, SandboxUser? voter) => new()
    {
        ["user_id"] = V0Json.Id(voter?.TopGgId ?? vote.UserId),
        ["platform_id"] = V0Json.Id(vote.UserId),
        ["weight"] = vote.Weight,
        ["created_at"] = WireDates.V1(vote.CreatedAt),
        ["expires_at"] = WireDates.V1(vote.ExpiresAt),
    };

    /// <summary>The answer of <c>GET /v1/projects/@me/votes/{user_id}</c>.</summary>
    public static JsonObject VoteStatus(SandboxVote vote) => new()
    {
        ["created_at"] = WireDates.V1(vote.CreatedAt),
        ["expires_at"] = WireDates.V1(vote.ExpiresAt),
        ["weight"] = vote.Weight,
    };
}
