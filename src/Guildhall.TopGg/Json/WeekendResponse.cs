using System.Text.Json.Serialization;
using Guildhall.Core.Json;

namespace Guildhall.TopGg.Json;

/// <summary>The body of <c>GET /weekend</c>: <c>{"is_weekend": bool}</c>.</summary>
internal sealed record WeekendResponse
{
    [JsonPropertyName("is_weekend")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    [JsonRequired]
    public bool IsWeekend { get; init; }
}
