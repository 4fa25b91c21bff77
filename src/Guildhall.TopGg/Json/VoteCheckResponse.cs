using System.Text.Json.Serialization;
using Guildhall.Core.Json;

namespace Guildhall.TopGg.Json;

/// <summary>The body of <c>GET /bots/{id}/check</c>: <c>{"voted": 0 or 1}</c>.</summary>
internal sealed record VoteCheckResponse
{
    [JsonPropertyName("voted")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    [JsonRequired]
    public bool Voted { get; init; }
}
