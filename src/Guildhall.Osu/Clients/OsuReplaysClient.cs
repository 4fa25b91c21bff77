using System.Globalization;
using Guildhall.Core;
using Guildhall.Osu.Internal;
using Guildhall.Osu.Models;

namespace Guildhall.Osu;

/// <summary>
/// Replay downloads (<c>.osr</c> files). Reached through <see cref="OsuClient.Replays"/>. Downloads count against the
/// session's budget and against a bucket of their own of <see cref="DownloadsPerMinute"/> a minute, as the API counts them.
/// </summary>
public class OsuReplaysClient : ApiSubClient
{
    /// <summary>The replay downloads the API allows per minute, on top of the general limit.</summary>
    public const int DownloadsPerMinute = 10;

    internal OsuReplaysClient(OsuConnection? connection)
        : base(connection)
    {
    }

    /// <summary>For mocking.</summary>
    protected OsuReplaysClient()
    {
    }

    private OsuConnection Connection => GetConnection<OsuConnection>();

    /// <summary>
    /// The replay of a score set on stable, by its legacy id and mode (<c>GET /scores/{mode}/{id}/download</c>): the bytes
    /// of the <c>.osr</c> file. The API reads the id as a legacy score id here; lazer scores need
    /// <see cref="DownloadAsync(long, CancellationToken)"/>.
    /// </summary>
    /// <param name="mode">The mode the score was set in.</param>
    /// <param name="legacyScoreId">The stable score id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A read-only stream over the whole file, which the caller disposes.</returns>
    /// <exception cref="Core.Errors.ApiNotFoundException">No such score, or it has no replay.</exception>
    public virtual Task<Stream> DownloadLegacyAsync(GameMode mode, long legacyScoreId, CancellationToken cancellationToken = default) =>
        DownloadAsync($"scores/{mode.ToApiName()}/{legacyScoreId.ToString(CultureInfo.InvariantCulture)}/download", "osu.replays.download_legacy", cancellationToken);

    /// <summary>The replay of a score by its lazer (solo) id (<c>GET /scores/{id}/download</c>): the bytes of the <c>.osr</c> file.</summary>
    /// <param name="scoreId">The lazer score id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A read-only stream over the whole file, which the caller disposes.</returns>
    /// <exception cref="Core.Errors.ApiNotFoundException">No such score, or it has no replay.</exception>
    public virtual Task<Stream> DownloadAsync(long scoreId, CancellationToken cancellationToken = default) =>
        DownloadAsync($"scores/{scoreId.ToString(CultureInfo.InvariantCulture)}/download", "osu.replays.download", cancellationToken);

    private async Task<Stream> DownloadAsync(string path, string operation, CancellationToken cancellationToken)
    {
        var connection = Connection;
        var request = connection.CreateRequest(HttpMethod.Get, path, operation, rateLimits: connection.ReplayRateLimits);
        var response = await connection.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.Body.IsEmpty)
        {
            throw response.CreateUnusableResponseException("The replay download answered with an empty body.");
        }

        return new MemoryStream(response.Body.ToArray(), writable: false);
    }
}
