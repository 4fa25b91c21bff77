using System.Text.Json;
using System.Text.Json.Serialization;
using Guildhall.Core.Json;
using Guildhall.Core.Json.Wire;
using Guildhall.Osu.Json.Envelopes;
using Guildhall.Osu.Models;

namespace Guildhall.Osu.Json;

/// <summary>
/// The source-generated serializer metadata of every osu! model: snake_case names (explicit where the API differs),
/// tolerant dates and enums, nulls omitted when writing. Prefer <see cref="OsuJson"/>, which adds null safety.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters =
    [
        typeof(FlexibleDateTimeOffsetConverter),
        typeof(NullableFlexibleDateTimeOffsetConverter),
        typeof(TolerantEnumConverter<GameMode>),
        typeof(TolerantEnumConverter<RankStatus>),
        typeof(TolerantEnumConverter<ScoreRank>),
        typeof(TolerantEnumConverter<UserRelationType>),
        typeof(WireModelConverter<Rankings<UserStatistics>>),
        typeof(WireModelConverter<Rankings<CountryStatistics>>),
        typeof(WireModelConverter<Rankings<User>>),
        typeof(WireModelConverter<SearchResultSet<User>>),
        typeof(WireModelConverter<SearchResultSet<WikiPage>>),
    ])]
[JsonSerializable(typeof(User))]
[JsonSerializable(typeof(IReadOnlyList<User>))]
[JsonSerializable(typeof(IReadOnlyList<UserRelation>))]
[JsonSerializable(typeof(Score))]
[JsonSerializable(typeof(IReadOnlyList<Score>))]
[JsonSerializable(typeof(Beatmap))]
[JsonSerializable(typeof(Beatmapset))]
[JsonSerializable(typeof(IReadOnlyList<Beatmapset>))]
[JsonSerializable(typeof(IReadOnlyList<BeatmapPlaycount>))]
[JsonSerializable(typeof(IReadOnlyList<ActivityEvent>))]
[JsonSerializable(typeof(IReadOnlyList<KudosuHistory>))]
[JsonSerializable(typeof(BeatmapScoreboard))]
[JsonSerializable(typeof(BeatmapDifficultyAttributes))]
[JsonSerializable(typeof(BeatmapsetSearchResult))]
[JsonSerializable(typeof(Rankings<UserStatistics>))]
[JsonSerializable(typeof(Rankings<CountryStatistics>))]
[JsonSerializable(typeof(Rankings<User>))]
[JsonSerializable(typeof(IReadOnlyList<UserStatistics>))]
[JsonSerializable(typeof(IReadOnlyList<CountryStatistics>))]
[JsonSerializable(typeof(IReadOnlyList<WikiPage>))]
[JsonSerializable(typeof(IReadOnlyList<Beatmap>))]
[JsonSerializable(typeof(IReadOnlyList<Spotlight>))]
[JsonSerializable(typeof(SearchResults))]
[JsonSerializable(typeof(ActivityEventsPage))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(UsersEnvelope))]
[JsonSerializable(typeof(BeatmapsEnvelope))]
[JsonSerializable(typeof(ScoresEnvelope))]
[JsonSerializable(typeof(SpotlightsEnvelope))]
[JsonSerializable(typeof(AttributesEnvelope))]
[JsonSerializable(typeof(AttributesRequestBody))]
[JsonSerializable(typeof(TokenResponse))]
internal sealed partial class OsuJsonContext : JsonSerializerContext;
