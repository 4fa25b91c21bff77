using System.Text.Json;
using System.Text.Json.Serialization;
using Guildhall.TopGg.Models;

namespace Guildhall.TopGg.Json;

/// <summary>
/// The source-generated serializer metadata of every Top.gg model. Numbers sent as strings are read, and unset optional
/// request fields are left out. Response models read and write themselves through their generated members (see
/// <see cref="Guildhall.Core.Json.Wire.IWireModel{TSelf}"/>), keeping what they do not declare, so each is listed here on
/// its own.
/// </summary>
/// <remarks>
/// The generator passes <see langword="default"/> to the <c>init</c> accessor of every member the JSON lacks (a search's
/// field selection leaves most out), so model collections and nested objects coalesce <see langword="null"/> to empty
/// in their accessors.
/// </remarks>
[JsonSourceGenerationOptions(
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(TopGgBot))]
[JsonSerializable(typeof(TopGgBotReviews))]
[JsonSerializable(typeof(TopGgUserSocial))]
[JsonSerializable(typeof(IReadOnlyList<TopGgBot>))]
[JsonSerializable(typeof(TopGgBotSearchResult))]
[JsonSerializable(typeof(TopGgBotStats))]
[JsonSerializable(typeof(TopGgStatsUpdate))]
[JsonSerializable(typeof(IReadOnlyList<TopGgVoter>))]
[JsonSerializable(typeof(TopGgUser))]
[JsonSerializable(typeof(TopGgProject))]
[JsonSerializable(typeof(TopGgUserVote))]
[JsonSerializable(typeof(IReadOnlyList<TopGgVote>))]
[JsonSerializable(typeof(TopGgNewAnnouncement))]
[JsonSerializable(typeof(TopGgAnnouncement))]
[JsonSerializable(typeof(TopGgMetrics))]
[JsonSerializable(typeof(IReadOnlyList<TopGgMetricsEntry>))]
[JsonSerializable(typeof(IReadOnlyList<JsonElement>))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(List<long>))]
[JsonSerializable(typeof(List<TopGgBot>))]
[JsonSerializable(typeof(List<TopGgVote>))]
[JsonSerializable(typeof(VoteCheckResponse))]
[JsonSerializable(typeof(WeekendResponse))]
[JsonSerializable(typeof(VotesPageResponse))]
[JsonSerializable(typeof(MetricsBatchEnvelope))]
[JsonSerializable(typeof(ProjectUpdateBody))]
internal sealed partial class TopGgJsonContext : JsonSerializerContext;
