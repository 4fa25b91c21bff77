using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Tatsu.Models;

/// <summary>A member's guild points (the server's own currency), as read or after a change (<c>.../members/{user_id}/points</c>).</summary>
[JsonConverter(typeof(WireModelConverter<TatsuMemberPoints>))]
public sealed partial record TatsuMemberPoints : TatsuGuildMemberResult
{
    /// <summary>The member's points.</summary>
    [JsonPropertyName("points")]
    public ulong Points { get; init; }

    /// <summary>The member's rank in the guild.</summary>
    [JsonPropertyName("rank")]
    public long Rank { get; init; }
}
