using System.Text.Json;
using System.Text.Json.Serialization;
using Guildhall.Core.Json;
using Guildhall.Core.Json.Wire;
using Guildhall.Osu.Json.Envelopes;
using Guildhall.Osu.Models;

namespace Guildhall.Osu.Json;

/// <summary>
/// The source-generated serializer metadata of every osu! model: snake_case names (explicit where the API differs),
/// tolerant dates and enums, nulls omitted when writing. Each model reads and writes itself through its generated
/// <see cref="IWireModel{TSelf}"/> members (named by its converter), so every model is listed here on its own: nothing
/// is discovered through another model's members. Prefer <see cref="OsuJson"/>.
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
[JsonSerializable(typeof(Achievement))]
[JsonSerializable(typeof(ActivityEvent))]
[JsonSerializable(typeof(ActivityEventLink))]
[JsonSerializable(typeof(ActivityEventUser))]
[JsonSerializable(typeof(BeatmapFailtimes))]
[JsonSerializable(typeof(BeatmapOwner))]
[JsonSerializable(typeof(BeatmapPlaycount))]
[JsonSerializable(typeof(BeatmapTag))]
[JsonSerializable(typeof(BeatmapTagVotes))]
[JsonSerializable(typeof(BeatmapUserScore))]
[JsonSerializable(typeof(BeatmapsetAvailability))]
[JsonSerializable(typeof(BeatmapsetCovers))]
[JsonSerializable(typeof(BeatmapsetDescription))]
[JsonSerializable(typeof(BeatmapsetGenre))]
[JsonSerializable(typeof(BeatmapsetHype))]
[JsonSerializable(typeof(BeatmapsetLanguage))]
[JsonSerializable(typeof(BeatmapsetNomination))]
[JsonSerializable(typeof(BeatmapsetNominationsRequired))]
[JsonSerializable(typeof(BeatmapsetNominationsSummary))]
[JsonSerializable(typeof(BeatmapsetSearchOrder))]
[JsonSerializable(typeof(BeatmapsetUserAttributes))]
[JsonSerializable(typeof(Country))]
[JsonSerializable(typeof(CountryStatistics))]
[JsonSerializable(typeof(DailyChallengeStatistics))]
[JsonSerializable(typeof(GradeCounts))]
[JsonSerializable(typeof(KudosuDetails))]
[JsonSerializable(typeof(KudosuGiver))]
[JsonSerializable(typeof(KudosuHistory))]
[JsonSerializable(typeof(KudosuPost))]
[JsonSerializable(typeof(MatchmakingPool))]
[JsonSerializable(typeof(MatchmakingStatistics))]
[JsonSerializable(typeof(RankHistory))]
[JsonSerializable(typeof(RankingsCursor))]
[JsonSerializable(typeof(ScorePin))]
[JsonSerializable(typeof(ScoreStatistics))]
[JsonSerializable(typeof(ScoreUserAttributes))]
[JsonSerializable(typeof(ScoreWeight))]
[JsonSerializable(typeof(Spotlight))]
[JsonSerializable(typeof(Team))]
[JsonSerializable(typeof(TournamentBanner))]
[JsonSerializable(typeof(UserAccountHistory))]
[JsonSerializable(typeof(UserAchievement))]
[JsonSerializable(typeof(UserBadge))]
[JsonSerializable(typeof(UserCountryRank))]
[JsonSerializable(typeof(UserCover))]
[JsonSerializable(typeof(UserGroup))]
[JsonSerializable(typeof(UserGroupDescription))]
[JsonSerializable(typeof(UserHighestRank))]
[JsonSerializable(typeof(UserKudosu))]
[JsonSerializable(typeof(UserLevel))]
[JsonSerializable(typeof(UserMonthlyCount))]
[JsonSerializable(typeof(UserPage))]
[JsonSerializable(typeof(UserRelation))]
[JsonSerializable(typeof(UserRelationAttributes))]
[JsonSerializable(typeof(UserStatistics))]
[JsonSerializable(typeof(UserStatisticsByMode))]
[JsonSerializable(typeof(UserStatisticsVariant))]
[JsonSerializable(typeof(WikiPage))]
[JsonSerializable(typeof(SearchResultSet<User>))]
[JsonSerializable(typeof(SearchResultSet<WikiPage>))]
[JsonSerializable(typeof(GameMod))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(ArtistTrack))]
[JsonSerializable(typeof(ArtistAlbum))]
[JsonSerializable(typeof(FeaturedArtist))]
[JsonSerializable(typeof(ArtistTrackSearch))]
[JsonSerializable(typeof(ArtistTracksPage))]
[JsonSerializable(typeof(SeasonalBackgrounds))]
[JsonSerializable(typeof(SeasonalBackground))]
[JsonSerializable(typeof(UpdateStreamInfo))]
[JsonSerializable(typeof(ChangelogBuild))]
[JsonSerializable(typeof(ChangelogBuildVersions))]
[JsonSerializable(typeof(ChangelogEntry))]
[JsonSerializable(typeof(ChangelogGithubUser))]
[JsonSerializable(typeof(ChangelogSearch))]
[JsonSerializable(typeof(ChangelogListing))]
[JsonSerializable(typeof(NewsPost))]
[JsonSerializable(typeof(NewsNavigation))]
[JsonSerializable(typeof(NewsSidebar))]
[JsonSerializable(typeof(NewsSearch))]
[JsonSerializable(typeof(NewsListing))]
[JsonSerializable(typeof(Comment))]
[JsonSerializable(typeof(CommentableMeta))]
[JsonSerializable(typeof(CommentableUserAttributes))]
[JsonSerializable(typeof(CommentBundle))]
[JsonSerializable(typeof(BeatmapPack))]
[JsonSerializable(typeof(BeatmapPackCompletion))]
[JsonSerializable(typeof(BeatmapPacksPage))]
[JsonSerializable(typeof(BeatmapsetDiscussionPost))]
[JsonSerializable(typeof(BeatmapsetDiscussionVote))]
[JsonSerializable(typeof(BeatmapsetDiscussionUserAttributes))]
[JsonSerializable(typeof(BeatmapsetDiscussion))]
[JsonSerializable(typeof(BeatmapsetReviewsConfig))]
[JsonSerializable(typeof(BeatmapsetDiscussionsPage))]
[JsonSerializable(typeof(BeatmapsetDiscussionPostsPage))]
[JsonSerializable(typeof(BeatmapsetDiscussionVotesPage))]
[JsonSerializable(typeof(BeatmapsetEvent))]
[JsonSerializable(typeof(BeatmapsetEventsPage))]
[JsonSerializable(typeof(IReadOnlyList<int>))]
[JsonSerializable(typeof(IReadOnlyList<long>))]
[JsonSerializable(typeof(UsersEnvelope))]
[JsonSerializable(typeof(BeatmapsEnvelope))]
[JsonSerializable(typeof(ScoresEnvelope))]
[JsonSerializable(typeof(SpotlightsEnvelope))]
[JsonSerializable(typeof(AttributesEnvelope))]
[JsonSerializable(typeof(AttributesRequestBody))]
[JsonSerializable(typeof(TokenResponse))]
internal sealed partial class OsuJsonContext : JsonSerializerContext;
