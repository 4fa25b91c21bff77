using System.Text.Json.Serialization;
using Guildhall.Core.Json;
using Guildhall.TopGg.Models;

namespace Guildhall.TopGg.Json;

/// <summary>One page of <c>GET /v1/projects/@me/votes</c>: <c>{cursor, data}</c>; the last page's cursor is empty.</summary>
internal sealed record VotesPageResponse
{
    [JsonPropertyName("cursor")]
    [JsonConverter(typeof(EmptyStringAsNullConverter))]
    public string? Cursor { get; init; }

    [JsonPropertyName("data")]
    [JsonConverter(typeof(NullAsEmptyListConverter<TopGgVote>))]
    public IReadOnlyList<TopGgVote> Data { get; init => field = value ?? []; } = [];
}
