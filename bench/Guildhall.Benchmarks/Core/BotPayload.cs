using System.Text.Json.Serialization;

namespace Guildhall.Benchmarks.Core;

/// <summary>The fields of a Top.gg bot both sides of the comparison read (the rest of the body is skipped by both).</summary>
public sealed record BotPayload
{
    [JsonPropertyName("id")]
    public string Id { get; init; } = "";

    [JsonPropertyName("username")]
    public string Username { get; init; } = "";

    [JsonPropertyName("shortdesc")]
    public string ShortDescription { get; init; } = "";

    [JsonPropertyName("tags")]
    public IReadOnlyList<string> Tags { get; init; } = [];

    [JsonPropertyName("owners")]
    public IReadOnlyList<string> Owners { get; init; } = [];

    [JsonPropertyName("points")]
    public int Points { get; init; }

    [JsonPropertyName("monthlyPoints")]
    public int MonthlyPoints { get; init; }

    [JsonPropertyName("server_count")]
    public int? ServerCount { get; init; }
}

[JsonSerializable(typeof(BotPayload))]
internal sealed partial class BenchmarkJsonContext : JsonSerializerContext;
