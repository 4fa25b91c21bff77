using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Tatsu.Models;

/// <summary>A member's place on a guild's leaderboard (<c>GET /guilds/{guild_id}/rankings/members/{user_id}/{timeframe}</c>).</summary>
[JsonConverter(typeof(WireModelConverter<TatsuMemberRanking>))]
public sealed partial record TatsuMemberRanking : TatsuGuildMemberResult
{
    /// <summary>The member's rank, 1 for the highest score.</summary>
    [JsonPropertyName("rank")]
    public long Rank { get; init; }

    /// <summary>The member's score within the timeframe asked for.</summary>
    [JsonPropertyName("score")]
    public ulong Score { get; init; }
}
