

using Guildhall.Sandbox.TopGg.State;

namespace Guildhall.Sandbox.TopGg.Wire;

/// <summary>
/// Metrics of a Discord bot project (<c>server_count</c>, <c>shard_count</c>; at least one). Every seeded project is a
/// bot, so server metrics (<c>member_count</c>, <c>online_count</c>) and game metrics (<c>player_count</c>) are
/// refused, as Top.gg refuses metrics that do not match the project's type.
/// </summary>
internal sealed record TopGgBotMetrics(long? ServerCount, long? ShardCount)
{
    private static readonly Dictionary<string, string> OtherProjectTypes = new(StringComparer.Ordinal)
    {
        ["member_count"] = "Discord server",
        ["online_count"] = "Discord server",
        ["player_count"] = "Roblox game",
    };

    /// <summary>Parses the body of <c>PATCH /v1/projects/@me/metrics</c>.</summary>
    public static (TopGgBotMetrics? Metrics, TopGgValidationErrors Errors) Parse(JsonNode body)
    {
        var errors = new TopGgValidationErrors();
        return (Parse(body, "", errors), errors);
    }

    /// <param name="node">The metrics object.</param>
    /// <param name="path">Where it sits in the body, for error keys (<c>""</c> at the top, <c>data[3].metrics</c> in a batch).</param>
    /// <param name="errors">Collects what is wrong.</param>
    public static TopGgBotMetrics? Parse(JsonNode? node, string path, TopGgValidationErrors errors)
    {
        if (node is not JsonObject metrics)
        {
            errors.Add(path.Length == 0 ? "$" : path, "The metrics must be a JSON object.");
            return null;
        }

        long? servers = null;
        long? shards = null;
        var valid = true;
        foreach (var (name, value) in metrics)
        {
            var field = path.Length == 0 ? name : $"{path}.{name}";
            if (name is "server_count" or "shard_count")
            {
                if (!TopGgJsonNumbers.TryCount(value, out var count))
                {
                    errors.Add(field, $"{name} must be a non-negative integer.");
                    valid = false;
                }
                else if (name == "server_count")
                {
                    servers = count;
                }
                else
                {
                    shards = count;
                }
            }
            else
            {
                errors.Add(field, OtherProjectTypes.TryGetValue(name, out var kind)
                    ? $"{name} applies to {kind} projects; this project is a Discord bot."
                    : $"'{name}' is not a metric of a Discord bot project.");
                valid = false;
            }
        }

        if (valid && servers is null && shards is null)
        {
            errors.Add(path.Length == 0 ? "" : path, "Either server_count or shard_count must be provided.");
            return null;
        }

        return valid ? new TopGgBotMetrics(servers, shards) : null;
    }

    /// <summary>The stats after these metrics; a v1 server count replaces any per-shard list posted through v0.</summary>
    public TopGgBotStats ApplyTo(TopGgBotStats stats) => new(
        ServerCount ?? stats.ServerCount,
        ServerCount is null ? stats.Shards : [],
        ShardCount ?? stats.ShardCount);

    public JsonObject ToJson()
    {
        var json = new JsonObject();
        if (ServerCount is { } servers)
        {
            json["server_count"] = servers;
        }

        if (ShardCount is { } shards)
        {
            json["shard_count"] = shards;
        }

        return json;
    }
}
