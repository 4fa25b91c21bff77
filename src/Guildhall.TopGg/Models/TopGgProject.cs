using System.Text.Json.Serialization;
using Guildhall.Core.Json;
using Guildhall.Core.Json.Wire;
using Guildhall.TopGg.Json;

namespace Guildhall.TopGg.Models;

/// <summary>The project the token belongs to (<c>GET /v1/projects/@me</c>), with the field names of Top.gg's v1 reference.</summary>
[JsonConverter(typeof(WireModelConverter<TopGgProject>))]
public sealed partial record TopGgProject
{
    /// <summary>The project's Top.gg id (not the Discord id).</summary>
    [JsonPropertyName("id")]
    [JsonConverter(typeof(SnowflakeConverter))]
    public ulong Id { get; init; }

    /// <summary>The project's name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>What the project lists.</summary>
    [JsonPropertyName("type")]
    [JsonConverter(typeof(TolerantEnumConverter<TopGgProjectType>))]
    public TopGgProjectType Type { get; init; }

    /// <summary>Where the project lives.</summary>
    [JsonPropertyName("platform")]
    [JsonConverter(typeof(TolerantEnumConverter<TopGgPlatform>))]
    public TopGgPlatform Platform { get; init; }

    /// <summary>The project's id on its platform (the Discord id of a bot), when the service sends it (not in the v1 reference).</summary>
    [JsonPropertyName("platform_id")]
    [JsonConverter(typeof(NullableSnowflakeConverter))]
    public ulong? PlatformId { get; init; }

    /// <summary>The one-line headline.</summary>
    [JsonPropertyName("headline")]
    public string? Headline { get; init; }

    /// <summary>Tag ids.</summary>
    [JsonPropertyName("tags")]
    [JsonConverter(typeof(NullAsEmptyListConverter<string>))]
    public IReadOnlyList<string> Tags { get; init => field = value ?? []; } = [];

    /// <summary>Current votes, the count used for ranking (<c>votes</c>).</summary>
    [JsonPropertyName("votes")]
    public long Votes { get; init; }

    /// <summary>All-time votes (<c>votes_total</c>).</summary>
    [JsonPropertyName("votes_total")]
    public long VotesTotal { get; init; }

    /// <summary>The average review score (<c>review_score</c>).</summary>
    [JsonPropertyName("review_score")]
    public double ReviewScore { get; init; }

    /// <summary>The number of reviews (<c>review_count</c>).</summary>
    [JsonPropertyName("review_count")]
    public long ReviewCount { get; init; }
}
