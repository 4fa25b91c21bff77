

using Guildhall.Sandbox.TopGg.State;

namespace Guildhall.Sandbox.TopGg.Wire;

/// <summary>
/// v0 objects with Top.gg's own field names: a mix of camelCase (<c>monthlyPoints</c>, <c>certifiedBot</c>) and
/// snake_case (<c>server_count</c>), snowflakes as strings, <c>""</c> where a value is absent.
/// </summary>
internal static class TopGgV0Json
{
    public static JsonObject Bot(TopGgBot bot)
    {
        var json = new JsonObject
        {
            ["id"] = Id(bot.Id),
            ["clientid"] = Id(bot.ClientId),
            ["username"] = bot.Username,
            ["discriminator"] = bot.Discriminator,
            ["avatar"] = bot.Avatar,
            ["defAvatar"] = bot.DefAvatar,
            ["lib"] = bot.Lib,
            ["prefix"] = bot.Prefix,
            ["shortdesc"] = bot.ShortDescription,
            ["longdesc"] = bot.LongDescription,
            ["tags"] = Strings(bot.Tags),
            ["website"] = bot.Website,
            ["support"] = bot.Support,
            ["github"] = bot.Github,
            ["owners"] = Strings(bot.Owners.Select(Id)),
            ["guilds"] = Strings(bot.Guilds.Select(Id)),
            ["invite"] = bot.Invite,
            ["date"] = TopGgWireDates.V0(bot.SubmittedAt),
            ["certifiedBot"] = bot.Certified,
            ["vanity"] = bot.Vanity,
            ["points"] = bot.Points,
            ["monthlyPoints"] = bot.MonthlyPoints,
            ["donatebotguildid"] = bot.DonateBotGuildId,
        };

        // As on the real site: server_count only once stats were posted, and then shard_count 0 when unknown.
        if (bot.Stats.ServerCount is { } servers)
        {
            json["server_count"] = servers;
            json["shard_count"] = bot.Stats.ShardCount ?? 0;
        }

        json["shards"] = Numbers(bot.Stats.Shards);
        json["reviews"] = new JsonObject { ["averageScore"] = bot.ReviewScore, ["count"] = bot.ReviewCount };
        return json;
    }

    /// <summary><c>{"server_count":2,"shards":[],"shard_count":null}</c>; <c>server_count</c> only once posted.</summary>
    public static JsonObject Stats(TopGgBotStats stats)
    {
        var json = new JsonObject();
        if (stats.ServerCount is { } servers)
        {
            json["server_count"] = servers;
        }

        json["shards"] = Numbers(stats.Shards);
        json["shard_count"] = stats.ShardCount;
        return json;
    }

    public static JsonObject Voter(TopGgUser user) => new()
    {
        ["username"] = user.Username,
        ["id"] = Id(user.DiscordId),
        ["avatar"] = user.AvatarUrl,
    };

    public static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    private static JsonArray Strings(IEnumerable<string> values) => [.. values.Select(v => (JsonNode?)v)];

    private static JsonArray Numbers(IEnumerable<long> values) => [.. values.Select(v => (JsonNode)v)];
}
