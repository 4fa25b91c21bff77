using System.Text.Json.Serialization;

namespace Guildhall.TopGg.Models;

/// <summary>
/// Live numbers for the project (<c>PATCH /v1/projects/@me/metrics</c>). Fill the ones that fit its type: servers and
/// shards for a bot, members and online members for a server, players for a Roblox game. Unset values are not sent.
/// </summary>
public sealed record TopGgMetrics
{
    /// <summary>A bot's server count (<c>server_count</c>).</summary>
    [JsonPropertyName("server_count")]
    public long? ServerCount { get; init; }

    /// <summary>A bot's shard count (<c>shard_count</c>).</summary>
    [JsonPropertyName("shard_count")]
    public int? ShardCount { get; init; }

    /// <summary>A server's member count (<c>member_count</c>).</summary>
    [JsonPropertyName("member_count")]
    public long? MemberCount { get; init; }

    /// <summary>A server's online member count (<c>online_count</c>), at most <see cref="MemberCount"/>.</summary>
    [JsonPropertyName("online_count")]
    public long? OnlineCount { get; init; }

    /// <summary>A game's player count (<c>player_count</c>).</summary>
    [JsonPropertyName("player_count")]
    public long? PlayerCount { get; init; }

    /// <summary>Rejects empty, negative or inconsistent numbers before anything is sent.</summary>
    internal void Validate(string parameterName)
    {
        if (ServerCount is null && ShardCount is null && MemberCount is null && OnlineCount is null && PlayerCount is null)
        {
            throw new ArgumentException("Set at least one metric.", parameterName);
        }

        RequireNonNegative(ServerCount, "server count", parameterName);
        RequireNonNegative(ShardCount, "shard count", parameterName);
        RequireNonNegative(MemberCount, "member count", parameterName);
        RequireNonNegative(OnlineCount, "online count", parameterName);
        RequireNonNegative(PlayerCount, "player count", parameterName);
        if (OnlineCount > MemberCount)
        {
            throw new ArgumentException($"The online count ({OnlineCount}) cannot exceed the member count ({MemberCount}).", parameterName);
        }
    }

    private static void RequireNonNegative(long? value, string what, string parameterName)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, $"The {what} cannot be negative.");
        }
    }
}
