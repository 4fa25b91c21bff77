using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Tatsu.Models;

/// <summary>A member's all-time score after a change (<c>PATCH .../members/{user_id}/score</c>); the API sends no rank here.</summary>
[JsonConverter(typeof(WireModelConverter<TatsuMemberScore>))]
public sealed partial record TatsuMemberScore : TatsuGuildMemberResult
{
    /// <summary>The member's all-time score.</summary>
    [JsonPropertyName("score")]
    public ulong Score { get; init; }
}
