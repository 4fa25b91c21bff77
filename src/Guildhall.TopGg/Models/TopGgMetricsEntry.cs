using System.Text.Json.Serialization;
using Guildhall.Core.Json;

namespace Guildhall.TopGg.Models;

/// <summary>One timestamped entry of a metrics batch (<c>POST /v1/projects/@me/metrics/batch</c>).</summary>
public sealed record TopGgMetricsEntry
{
    /// <summary>When the numbers were measured (at most 5 minutes in the future).</summary>
    [JsonPropertyName("timestamp")]
    [JsonConverter(typeof(FlexibleDateTimeOffsetConverter))]
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>The numbers.</summary>
    [JsonPropertyName("metrics")]
    public required TopGgMetrics Metrics { get; init; }
}
