using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>
/// A beatmapset: a song with its difficulties. Search results and nested sets are compact plus <see cref="Beatmaps"/>;
/// <c>GET /beatmapsets/{id}</c> adds converts, description, genre, language, ratings, nominations and users.
/// </summary>
[JsonConverter(typeof(WireModelConverter<Beatmapset>))]
public sealed partial record Beatmapset
{
    /// <summary>The beatmapset id.</summary>
    public long Id { get; init; }

    /// <summary>The artist, romanised.</summary>
    public string Artist { get => field ?? ""; init; }

    /// <summary>The artist in the original script.</summary>
    public string ArtistUnicode { get => field ?? ""; init; }

    /// <summary>The title, romanised.</summary>
    public string Title { get => field ?? ""; init; }

    /// <summary>The title in the original script.</summary>
    public string TitleUnicode { get => field ?? ""; init; }

    /// <summary>The creator's username.</summary>
    public string Creator { get => field ?? ""; init; }

    /// <summary>The creator's user id.</summary>
    public long UserId { get; init; }

    /// <summary>The source (game, anime...) as sent: the API sends <c>""</c> for none (see <see cref="HasSource"/>).</summary>
    public string? Source { get; init; }

    /// <summary>Whether the set names a source (<see cref="Source"/> is neither absent nor <c>""</c>).</summary>
    [JsonIgnore]
    public bool HasSource => !string.IsNullOrEmpty(Source);

    /// <summary>The ranked status.</summary>
    public RankStatus Status { get; init; }

    /// <summary>Whether the background is from an anime.</summary>
    public bool AnimeCover { get; init; }

    /// <summary>Cover images.</summary>
    public BeatmapsetCovers? Covers { get; init; }

    /// <summary>Favourites.</summary>
    public long FavouriteCount { get; init; }

    /// <summary>The genre id; see <see cref="Models.Genre"/>.</summary>
    public int? GenreId { get; init; }

    /// <summary>The language id; see <see cref="Models.Language"/>.</summary>
    public int? LanguageId { get; init; }

    /// <summary>Hype, for pending sets; <see langword="null"/> otherwise.</summary>
    public BeatmapsetHype? Hype { get; init; }

    /// <summary>Whether the set is marked explicit.</summary>
    public bool Nsfw { get; init; }

    /// <summary>The audio offset.</summary>
    public int Offset { get; init; }

    /// <summary>Plays over all difficulties.</summary>
    public long PlayCount { get; init; }

    /// <summary>The audio preview.</summary>
    public string? PreviewUrl { get; init; }

    /// <summary>Whether the set was in a spotlight.</summary>
    public bool Spotlight { get; init; }

    /// <summary>The featured artist track, if any.</summary>
    public long? TrackId { get; init; }

    /// <summary>Whether the set has a video.</summary>
    public bool Video { get; init; }

    /// <summary>Beats per minute.</summary>
    public double? Bpm { get; init; }

    /// <summary>Whether the set can be hyped.</summary>
    public bool? CanBeHyped { get; init; }

    /// <summary>When the set was deleted, if it was.</summary>
    public DateTimeOffset? DeletedAt { get; init; }

    /// <summary>Whether the set has a discussion page.</summary>
    public bool? DiscussionEnabled { get; init; }

    /// <summary>Whether its discussion is locked.</summary>
    public bool? DiscussionLocked { get; init; }

    /// <summary>Whether scores on it count.</summary>
    public bool? IsScoreable { get; init; }

    /// <summary>When it last changed.</summary>
    public DateTimeOffset? LastUpdated { get; init; }

    /// <summary>The old forum thread.</summary>
    public string? LegacyThreadUrl { get; init; }

    /// <summary>Nomination progress.</summary>
    public BeatmapsetNominationsSummary? NominationsSummary { get; init; }

    /// <summary>The ranked status as a number (-2 graveyard ... 4 loved).</summary>
    public int? Ranked { get; init; }

    /// <summary>When it was ranked.</summary>
    public DateTimeOffset? RankedDate { get; init; }

    /// <summary>The average user rating (0 to 10).</summary>
    public double? Rating { get; init; }

    /// <summary>Whether it has a storyboard.</summary>
    public bool? Storyboard { get; init; }

    /// <summary>When it was submitted.</summary>
    public DateTimeOffset? SubmittedDate { get; init; }

    /// <summary>Search tags, separated by spaces.</summary>
    public string? Tags { get; init; }

    /// <summary>Whether it can be downloaded.</summary>
    public BeatmapsetAvailability? Availability { get; init; }

    /// <summary>The difficulties.</summary>
    public IReadOnlyList<Beatmap> Beatmaps { get => field ?? []; init; }

    /// <summary>Conversions of the difficulties to other modes.</summary>
    public IReadOnlyList<Beatmap> Converts { get => field ?? []; init; }

    /// <summary>Nominations the set holds.</summary>
    public IReadOnlyList<BeatmapsetNomination> CurrentNominations { get => field ?? []; init; }

    /// <summary>What the token's owner may do with it.</summary>
    public BeatmapsetUserAttributes? CurrentUserAttributes { get; init; }

    /// <summary>The description.</summary>
    public BeatmapsetDescription? Description { get; init; }

    /// <summary>The genre.</summary>
    public BeatmapsetGenre? Genre { get; init; }

    /// <summary>The language.</summary>
    public BeatmapsetLanguage? Language { get; init; }

    /// <summary>Whether the token's owner favourited it.</summary>
    public bool? HasFavourited { get; init; }

    /// <summary>The beatmap packs that contain it.</summary>
    public IReadOnlyList<string> PackTags { get => field ?? []; init; }

    /// <summary>How many users rated it 0 to 10 (eleven buckets).</summary>
    public IReadOnlyList<int> Ratings { get => field ?? []; init; }

    /// <summary>Users who favourited it last.</summary>
    public IReadOnlyList<User> RecentFavourites { get => field ?? []; init; }

    /// <summary>Users mentioned in its nominations and discussion.</summary>
    public IReadOnlyList<User> RelatedUsers { get => field ?? []; init; }

    /// <summary>The user tags its difficulties carry.</summary>
    public IReadOnlyList<BeatmapTag> RelatedTags { get => field ?? []; init; }

    /// <summary>The creator.</summary>
    public User? User { get; init; }

    /// <summary>Revisions submitted.</summary>
    public int? VersionCount { get; init; }

    /// <summary>Artist, title and id.</summary>
    public override string ToString() => $"{Artist} - {Title} ({Id})";
}
