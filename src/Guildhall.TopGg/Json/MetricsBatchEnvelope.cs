using System.Text.Json.Serialization;
using Guildhall.TopGg.Models;

namespace Guildhall.TopGg.Json;

/// <summary>The <c>{"data":[…]}</c> form of a metrics batch body.</summary>
/// <param name="Data">The entries.</param>
internal sealed record MetricsBatchEnvelope([property: JsonPropertyName("data")] IReadOnlyList<TopGgMetricsEntry> Data);
