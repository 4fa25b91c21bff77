using System.Text.Json.Serialization;
using Guildhall.Core.Json;

namespace Guildhall.Core.Tests.Json;

public enum Plan
{
    Unknown = 0,

    [JsonStringEnumMemberName("premium_monthly")]
    PremiumMonthly = 1,

    Free = 2,
}

public sealed record Converted
{
    [JsonPropertyName("id")]
    [JsonConverter(typeof(SnowflakeConverter))]
    public ulong Id { get; init; }

    [JsonPropertyName("owner")]
    [JsonConverter(typeof(NullableSnowflakeConverter))]
    public ulong? Owner { get; init; }

    [JsonPropertyName("owners")]
    [JsonConverter(typeof(SnowflakeListConverter))]
    public IReadOnlyList<ulong> Owners { get; init; } = [];

    [JsonPropertyName("invite")]
    [JsonConverter(typeof(EmptyStringAsNullConverter))]
    public string? Invite { get; init; }

    [JsonPropertyName("date")]
    [JsonConverter(typeof(FlexibleDateTimeOffsetConverter))]
    public DateTimeOffset Date { get; init; }

    [JsonPropertyName("renewal")]
    [JsonConverter(typeof(NullableFlexibleDateTimeOffsetConverter))]
    public DateTimeOffset? Renewal { get; init; }

    [JsonPropertyName("t")]
    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset Timestamp { get; init; }

    [JsonPropertyName("voted")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool Voted { get; init; }

    [JsonPropertyName("plan")]
    [JsonConverter(typeof(TolerantEnumConverter<Plan>))]
    public Plan Plan { get; init; }
}

[JsonSerializable(typeof(Converted))]
public sealed partial class ConverterJsonContext : JsonSerializerContext;
