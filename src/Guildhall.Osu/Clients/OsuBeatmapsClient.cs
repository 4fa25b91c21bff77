using System.Globalization;
using Guildhall.Core;
using Guildhall.Osu.Internal;
using Guildhall.Osu.Json;
using Guildhall.Osu.Json.Envelopes;
using Guildhall.Osu.Models;
using Guildhall.Osu.Mods;
using Guildhall.Osu.Queries;

namespace Guildhall.Osu;

/// <summary>Beatmaps (single difficulties): lookups, difficulty attributes and leaderboards. Reached through <see cref="OsuClient.Beatmaps"/>.</summary>
public class OsuBeatmapsClient : ApiSubClient
{
    /// <summary>The most ids <c>GET /beatmaps</c> takes per request; longer lists are split.</summary>
    public const int MaxIdsPerRequest = 50;

    internal OsuBeatmapsClient(OsuConnection? connection)
        : base(connection)
    {
    }

    /// <summary>For mocking.</summary>
    protected OsuBeatmapsClient()
    {
    }

    private OsuConnection Connection => GetConnection<OsuConnection>();

    /// <summary>A beatmap with its set, fail times and owners (<c>GET /beatmaps/{id}</c>).</summary>
    /// <param name="beatmapId">The beatmap id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Core.Errors.ApiNotFoundException">No such beatmap.</exception>
    public virtual Task<Beatmap> GetAsync(long beatmapId, CancellationToken cancellationToken = default) =>
        Connection.GetAsync<Beatmap>($"beatmaps/{beatmapId.ToString(CultureInfo.InvariantCulture)}", "osu.beatmaps.get", cancellationToken);

    /// <summary>Several beatmaps by id (<c>GET /beatmaps?ids[]=…</c>, split into requests of 50).</summary>
    /// <param name="beatmapIds">The ids.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The beatmaps found; unknown ids are left out.</returns>
    public virtual async Task<IReadOnlyList<Beatmap>> GetManyAsync(IEnumerable<long> beatmapIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(beatmapIds);
        var beatmaps = new List<Beatmap>();
        foreach (var chunk in beatmapIds.Distinct().Chunk(MaxIdsPerRequest))
        {
            var path = new QueryBuilder("beatmaps").AddEach("ids[]", chunk.Select(id => id.ToString(CultureInfo.InvariantCulture)));
            var page = await Connection.GetAsync<BeatmapsEnvelope>(path.ToString(), "osu.beatmaps.list", cancellationToken).ConfigureAwait(false);
            beatmaps.AddRange(page.Beatmaps);
        }

        return beatmaps;
    }

    /// <summary>Finds a beatmap by the MD5 checksum of its file, its file name or its id (<c>GET /beatmaps/lookup</c>); the first match wins.</summary>
    /// <param name="checksum">The MD5 checksum of the .osu file.</param>
    /// <param name="filename">The .osu file name.</param>
    /// <param name="beatmapId">The beatmap id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">None of the three was given.</exception>
    /// <exception cref="Core.Errors.ApiNotFoundException">Nothing matches.</exception>
    public virtual Task<Beatmap> LookupAsync(string? checksum = null, string? filename = null, long? beatmapId = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(checksum) && string.IsNullOrWhiteSpace(filename) && beatmapId is null)
        {
            throw new ArgumentException("Give a checksum, a file name or an id to look a beatmap up.", nameof(checksum));
        }

        var path = new QueryBuilder("beatmaps/lookup").Add("checksum", checksum).Add("filename", filename).Add("id", beatmapId);
        return Connection.GetAsync<Beatmap>(path.ToString(), "osu.beatmaps.lookup", cancellationToken);
    }

    /// <summary>A beatmap's difficulty in a mode with mods (<c>POST /beatmaps/{id}/attributes</c>).</summary>
    /// <param name="beatmapId">The beatmap id.</param>
    /// <param name="mode">The mode (a convert's); <see langword="null"/> means the beatmap's own.</param>
    /// <param name="mods">The mods, with settings where they change difficulty (<c>DT</c> with <c>speed_change</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Core.Errors.ApiValidationException">The beatmap cannot be converted to the mode, or the mods are invalid.</exception>
    public virtual async Task<BeatmapDifficultyAttributes> GetAttributesAsync(long beatmapId, GameMode? mode = null, IEnumerable<GameMod>? mods = null, CancellationToken cancellationToken = default)
    {
        var body = new AttributesRequestBody { Mods = mods?.ToList() ?? [], Ruleset = mode?.ToApiName() };
        // The call only computes, so repeating it after a server error changes nothing.
        var request = Connection.Create(
            HttpMethod.Post,
            $"beatmaps/{beatmapId.ToString(CultureInfo.InvariantCulture)}/attributes",
            "osu.beatmaps.attributes",
            content: ApiContent.Json(body, OsuJson.TypeInfo<AttributesRequestBody>()),
            safeToRetry: true);
        var envelope = await Connection.SendJsonAsync(request, OsuJson.TypeInfo<AttributesEnvelope>(), cancellationToken).ConfigureAwait(false);
        return envelope.Attributes ?? throw new Core.Errors.ApiInvalidResponseException(
            "osu.beatmaps.attributes: the answer has no attributes.",
            new Core.Errors.ApiErrorContext("osu", "osu.beatmaps.attributes", null, new Core.Errors.ApiErrorDetails()));
    }

    /// <summary>A beatmap's difficulty with mods given as legacy bit flags, converted to acronyms first.</summary>
    /// <param name="beatmapId">The beatmap id.</param>
    /// <param name="mode">The mode; <see langword="null"/> means the beatmap's own.</param>
    /// <param name="mods">The mods as legacy flags.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<BeatmapDifficultyAttributes> GetAttributesAsync(long beatmapId, GameMode? mode, LegacyMods mods, CancellationToken cancellationToken = default) =>
        GetAttributesAsync(beatmapId, mode, ModConverter.ToMods(mods), cancellationToken);

    /// <summary>A beatmap's leaderboard (<c>GET /beatmaps/{id}/scores</c>); unranked beatmaps have none.</summary>
    /// <param name="beatmapId">The beatmap id.</param>
    /// <param name="query">Mode, mods, leaderboard, limit and format; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Core.Errors.ApiValidationException">A country or friend leaderboard, or a mod filter, without osu!supporter.</exception>
    public virtual Task<BeatmapScoreboard> GetScoresAsync(long beatmapId, BeatmapScoresQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new BeatmapScoresQuery();
        if (query.Limit is { } limit)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1, nameof(query));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, 100, nameof(query));
        }

        var path = new QueryBuilder($"beatmaps/{beatmapId.ToString(CultureInfo.InvariantCulture)}/scores")
            .Add("mode", query.Mode?.ToApiName())
            .AddEach("mods[]", query.Mods)
            .Add("type", query.Type == BeatmapScoreboardType.Global ? null : WireNames.Of(query.Type))
            .Add("limit", query.Limit)
            .Add("legacy_only", query.LegacyOnly ? 1 : null);
        return Connection.GetAsync<BeatmapScoreboard>(path.ToString(), "osu.beatmaps.scores", cancellationToken, Connection.ScoreVersion(query.Format));
    }

    /// <summary>Every score a user set on a beatmap (<c>GET /beatmaps/{id}/scores/users/{user}/all</c>).</summary>
    /// <param name="beatmapId">The beatmap id.</param>
    /// <param name="userId">The user id.</param>
    /// <param name="mode">The mode (for converts); <see langword="null"/> means the beatmap's own.</param>
    /// <param name="legacyOnly">Whether only scores set on stable count.</param>
    /// <param name="format">The score format; <see langword="null"/> uses <see cref="OsuClientOptions.ScoreFormat"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<IReadOnlyList<Score>> GetUserScoresAsync(long beatmapId, long userId, GameMode? mode = null, bool legacyOnly = false, OsuScoreFormat? format = null, CancellationToken cancellationToken = default)
    {
        var path = new QueryBuilder($"beatmaps/{beatmapId.ToString(CultureInfo.InvariantCulture)}/scores/users/{userId.ToString(CultureInfo.InvariantCulture)}/all")
            .Add("ruleset", mode?.ToApiName())
            .Add("legacy_only", legacyOnly ? 1 : null);
        var envelope = await Connection.GetAsync<ScoresEnvelope>(path.ToString(), "osu.beatmaps.user_scores", cancellationToken, Connection.ScoreVersion(format)).ConfigureAwait(false);
        return envelope.Scores;
    }
}
