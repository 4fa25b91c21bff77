using Guildhall.Core;
using System.Globalization;
using Guildhall.Osu.Internal;
using Guildhall.Osu.Models;

namespace Guildhall.Osu;

/// <summary>Single scores by id. Reached through <see cref="OsuClient.Scores"/>.</summary>
public class OsuScoresClient : ApiSubClient
{
    internal OsuScoresClient(OsuConnection? connection)
        : base(connection)
    {
    }

    /// <summary>For mocking.</summary>
    protected OsuScoresClient()
    {
    }

    private OsuConnection Connection => GetConnection<OsuConnection>();

    /// <summary>A score by its lazer (solo) id, with its beatmap, set, player and ranks (<c>GET /scores/{id}</c>).</summary>
    /// <param name="scoreId">The lazer score id.</param>
    /// <param name="format">The format; <see langword="null"/> uses <see cref="OsuClientOptions.ScoreFormat"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Core.Errors.ApiNotFoundException">No such score.</exception>
    public virtual Task<Score> GetAsync(long scoreId, OsuScoreFormat? format = null, CancellationToken cancellationToken = default) =>
        Connection.GetAsync<Score>($"scores/{scoreId.ToString(CultureInfo.InvariantCulture)}", "osu.scores.get", cancellationToken, Connection.ScoreVersion(format));

    /// <summary>
    /// A score set on stable, by its legacy id and mode (<c>GET /scores/{mode}/{id}</c>). aiosu (the Python library) calls this
    /// with any id; the real API reads the id as a legacy score id here, so lazer-only scores need
    /// <see cref="GetAsync(long, OsuScoreFormat?, CancellationToken)"/>.
    /// </summary>
    /// <param name="mode">The mode the score was set in.</param>
    /// <param name="legacyScoreId">The stable score id.</param>
    /// <param name="format">The format; <see langword="null"/> uses <see cref="OsuClientOptions.ScoreFormat"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Core.Errors.ApiNotFoundException">No such score.</exception>
    public virtual Task<Score> GetLegacyAsync(GameMode mode, long legacyScoreId, OsuScoreFormat? format = null, CancellationToken cancellationToken = default) =>
        Connection.GetAsync<Score>($"scores/{mode.ToApiName()}/{legacyScoreId.ToString(CultureInfo.InvariantCulture)}", "osu.scores.get_legacy", cancellationToken, Connection.ScoreVersion(format));
}
