using System.Text.Json;
using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>
/// An osu! user. Lists and nested objects carry the compact form (id, name, avatar, flags); <c>GET /users/{user}</c> and
/// <c>GET /me</c> fill the rest. Members the response did not include are <see langword="null"/> (or empty lists).
/// </summary>
[JsonConverter(typeof(WireModelConverter<User>))]
public sealed partial record User
{
    /// <summary>The user id.</summary>
    public long Id { get; init; }

    /// <summary>The current username.</summary>
    public string Username { get => field ?? ""; init; }

    /// <summary>The avatar image.</summary>
    public string? AvatarUrl { get; init; }

    /// <summary>The ISO 3166-1 alpha-2 country code.</summary>
    public string? CountryCode { get; init; }

    /// <summary>The identifier of the user's main group (<c>default</c> for most).</summary>
    public string? DefaultGroup { get; init; }

    /// <summary>Whether the user was active recently.</summary>
    public bool IsActive { get; init; }

    /// <summary>Whether the account is a bot.</summary>
    public bool IsBot { get; init; }

    /// <summary>Whether the account was deleted.</summary>
    public bool IsDeleted { get; init; }

    /// <summary>Whether the user is online now.</summary>
    public bool IsOnline { get; init; }

    /// <summary>Whether the user has osu!supporter now.</summary>
    public bool IsSupporter { get; init; }

    /// <summary>When the user was last seen, or <see langword="null"/> when hidden.</summary>
    public DateTimeOffset? LastVisit { get; init; }

    /// <summary>Whether only friends may send private messages.</summary>
    public bool PmFriendsOnly { get; init; }

    /// <summary>The colour of the user's group, if any.</summary>
    public string? ProfileColour { get; init; }

    /// <summary>The cover image (deprecated; see <see cref="Cover"/>).</summary>
    public string? CoverUrl { get; init; }

    /// <summary>The Discord username shown on the profile.</summary>
    public string? Discord { get; init; }

    /// <summary>Whether the user ever had osu!supporter.</summary>
    public bool? HasSupported { get; init; }

    /// <summary>The interests shown on the profile.</summary>
    public string? Interests { get; init; }

    /// <summary>When the account was created.</summary>
    public DateTimeOffset? JoinDate { get; init; }

    /// <summary>The location shown on the profile.</summary>
    public string? Location { get; init; }

    /// <summary>How many users this user may block.</summary>
    public int? MaxBlocks { get; init; }

    /// <summary>How many friends this user may have.</summary>
    public int? MaxFriends { get; init; }

    /// <summary>The occupation shown on the profile.</summary>
    public string? Occupation { get; init; }

    /// <summary>The user's main mode.</summary>
    public GameMode? Playmode { get; init; }

    /// <summary>Input devices: <c>mouse</c>, <c>keyboard</c>, <c>tablet</c>, <c>touch</c>.</summary>
    public IReadOnlyList<string> Playstyle { get => field ?? []; init; }

    /// <summary>Forum posts written.</summary>
    public int? PostCount { get; init; }

    /// <summary>The profile's colour hue (supporters), if set.</summary>
    public int? ProfileHue { get; init; }

    /// <summary>The order of the profile's sections.</summary>
    public IReadOnlyList<string> ProfileOrder { get => field ?? []; init; }

    /// <summary>The user's title, if any.</summary>
    public string? Title { get; init; }

    /// <summary>A link for the title, if any.</summary>
    public string? TitleUrl { get; init; }

    /// <summary>The Twitter handle shown on the profile.</summary>
    public string? Twitter { get; init; }

    /// <summary>The website shown on the profile.</summary>
    public string? Website { get; init; }

    /// <summary>The user's country.</summary>
    public Country? Country { get; init; }

    /// <summary>The profile cover.</summary>
    public UserCover? Cover { get; init; }

    /// <summary>Kudosu earned and available.</summary>
    public UserKudosu? Kudosu { get; init; }

    /// <summary>Visible moderation history.</summary>
    public IReadOnlyList<UserAccountHistory> AccountHistory { get => field ?? []; init; }

    /// <summary>The tournament banner shown (deprecated; see <see cref="ActiveTournamentBanners"/>).</summary>
    public TournamentBanner? ActiveTournamentBanner { get; init; }

    /// <summary>The tournament banners shown.</summary>
    public IReadOnlyList<TournamentBanner> ActiveTournamentBanners { get => field ?? []; init; }

    /// <summary>Profile badges.</summary>
    public IReadOnlyList<UserBadge> Badges { get => field ?? []; init; }

    /// <summary>Beatmaps played.</summary>
    public int? BeatmapPlaycountsCount { get; init; }

    /// <summary>Comments written.</summary>
    public int? CommentsCount { get; init; }

    /// <summary>The user's statistics in the current team season, in the shape the API sends (often <see langword="null"/>).</summary>
    public JsonElement? CurrentSeasonStats { get; init; }

    /// <summary>What the token's owner has to do with this user.</summary>
    public UserRelationAttributes? CurrentUserAttributes { get; init; }

    /// <summary>Daily challenge record.</summary>
    [JsonPropertyName("daily_challenge_user_stats")]
    public DailyChallengeStatistics? DailyChallengeStatistics { get; init; }

    /// <summary>Beatmapsets favourited.</summary>
    public int? FavouriteBeatmapsetCount { get; init; }

    /// <summary>Followers.</summary>
    public int? FollowerCount { get; init; }

    /// <summary>Graveyarded beatmapsets.</summary>
    public int? GraveyardBeatmapsetCount { get; init; }

    /// <summary>Group memberships.</summary>
    public IReadOnlyList<UserGroup> Groups { get => field ?? []; init; }

    /// <summary>Beatmapsets with guest difficulties by the user.</summary>
    public int? GuestBeatmapsetCount { get; init; }

    /// <summary>Loved beatmapsets.</summary>
    public int? LovedBeatmapsetCount { get; init; }

    /// <summary>Users subscribed to the user's new beatmaps.</summary>
    public int? MappingFollowerCount { get; init; }

    /// <summary>Matchmaking standings.</summary>
    [JsonPropertyName("matchmaking_stats")]
    public IReadOnlyList<MatchmakingStatistics> MatchmakingStatistics { get => field ?? []; init; }

    /// <summary>Plays per month.</summary>
    public IReadOnlyList<UserMonthlyCount> MonthlyPlaycounts { get => field ?? []; init; }

    /// <summary>Beatmapsets nominated.</summary>
    public int? NominatedBeatmapsetCount { get; init; }

    /// <summary>The "me!" page.</summary>
    public UserPage? Page { get; init; }

    /// <summary>Pending beatmapsets.</summary>
    public int? PendingBeatmapsetCount { get; init; }

    /// <summary>Former usernames.</summary>
    public IReadOnlyList<string> PreviousUsernames { get => field ?? []; init; }

    /// <summary>The best global rank ever held in the requested mode.</summary>
    public UserHighestRank? RankHighest { get; init; }

    /// <summary>Ranked beatmapsets.</summary>
    public int? RankedBeatmapsetCount { get; init; }

    /// <summary>Replays watched per month.</summary>
    public IReadOnlyList<UserMonthlyCount> ReplaysWatchedCounts { get => field ?? []; init; }

    /// <summary>Top plays counted.</summary>
    public int? ScoresBestCount { get; init; }

    /// <summary>First places held.</summary>
    public int? ScoresFirstCount { get; init; }

    /// <summary>Pinned scores.</summary>
    public int? ScoresPinnedCount { get; init; }

    /// <summary>Scores in the last 24 hours.</summary>
    public int? ScoresRecentCount { get; init; }

    /// <summary>Statistics in the requested mode.</summary>
    public UserStatistics? Statistics { get; init; }

    /// <summary>Statistics in every mode (<c>GET /me</c> and <c>GET /users?ids[]=</c>).</summary>
    [JsonPropertyName("statistics_rulesets")]
    public UserStatisticsByMode? StatisticsByMode { get; init; }

    /// <summary>The osu!supporter level (0 to 3).</summary>
    public int? SupportLevel { get; init; }

    /// <summary>The team the user plays for, if any.</summary>
    public Team? Team { get; init; }

    /// <summary>Medals unlocked.</summary>
    [JsonPropertyName("user_achievements")]
    public IReadOnlyList<UserAchievement> Achievements { get => field ?? []; init; }

    /// <summary>Global rank over the last 90 days.</summary>
    public RankHistory? RankHistory { get; init; }

    /// <summary>The deprecated camelCase duplicate of <see cref="RankHistory"/>, kept so nothing the API sends is dropped.</summary>
    [JsonPropertyName("rankHistory")]
    public RankHistory? RankHistoryDuplicate { get; init; }

    /// <summary>Ranked and approved beatmapsets (deprecated duplicate of <see cref="RankedBeatmapsetCount"/>).</summary>
    public int? RankedAndApprovedBeatmapsetCount { get; init; }

    /// <summary>Unranked beatmapsets (deprecated duplicate of <see cref="PendingBeatmapsetCount"/>).</summary>
    public int? UnrankedBeatmapsetCount { get; init; }

    /// <summary>Whether the account is restricted (<c>GET /me</c> only).</summary>
    public bool? IsRestricted { get; init; }

    /// <summary>Whether the session was verified (<c>GET /me</c>, first-party tokens).</summary>
    public bool? SessionVerified { get; init; }

    /// <summary>How the session must be verified, if it must (<c>GET /me</c>, first-party tokens).</summary>
    public string? SessionVerificationMethod { get; init; }

    /// <summary>The user's name and id.</summary>
    public override string ToString() => $"{Username} ({Id})";
}
