using System.Globalization;
using Guildhall.Core;
using Guildhall.Core.Paging;
using Guildhall.Osu.Internal;
using Guildhall.Osu.Models;

namespace Guildhall.Osu;

/// <summary>The changelog: streams, builds and what changed in them. Reached through <see cref="OsuClient.Changelog"/>.</summary>
public class OsuChangelogClient : ApiSubClient
{
    /// <summary>The builds the API lists per request (it takes no limit).</summary>
    public const int BuildsPerListing = 21;

    internal OsuChangelogClient(OsuConnection? connection)
        : base(connection)
    {
    }

    /// <summary>For mocking.</summary>
    protected OsuChangelogClient()
    {
    }

    private OsuConnection Connection => GetConnection<OsuConnection>();

    /// <summary>
    /// Every build, newest first, with its changes, page after page (<c>GET /changelog</c>). The listing has no cursor:
    /// each next page asks for the builds below the last one seen (<c>max_id</c>), and a page of fewer than
    /// <see cref="BuildsPerListing"/> builds is the last.
    /// </summary>
    /// <param name="stream">Only the builds of this stream (for example <c>lazer</c>); <see langword="null"/> for all.</param>
    /// <param name="cancellationToken">Cancels every page request.</param>
    public virtual AsyncPageable<ChangelogBuild> ListBuildsAsync(string? stream = null, CancellationToken cancellationToken = default) =>
        AsyncPageable.ByPosition<ChangelogBuild>(
            0,
            async (maxId, token) =>
            {
                var listing = await GetBuildsPageAsync(stream, maxId == 0 ? null : maxId, token).ConfigureAwait(false);
                var builds = listing.Builds;
                var last = builds.Count < BuildsPerListing || builds[^1].Id <= 1;
                return (builds, last ? null : checked((int)builds[^1].Id - 1));
            },
            cancellationToken);

    /// <summary>One changelog listing: every stream with its latest build, and up to <see cref="BuildsPerListing"/> builds (see <see cref="ListBuildsAsync"/>).</summary>
    /// <param name="stream">Only the builds of this stream; <see langword="null"/> for all.</param>
    /// <param name="maxId">Only builds with this id or lower; <see langword="null"/> for the newest.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<ChangelogListing> GetBuildsPageAsync(string? stream = null, long? maxId = null, CancellationToken cancellationToken = default)
    {
        var path = WithMessageFormats(new QueryBuilder("changelog").Add("stream", stream).Add("max_id", maxId));
        return Connection.GetAsync<ChangelogListing>(path.ToString(), "osu.changelog.list", cancellationToken);
    }

    /// <summary>A build of a stream, with its changes and neighbours (<c>GET /changelog/{stream}/{version}</c>).</summary>
    /// <param name="stream">The stream, for example <c>lazer</c>.</param>
    /// <param name="version">The version, for example <c>2023.815.0</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Core.Errors.ApiNotFoundException">No such build.</exception>
    public virtual Task<ChangelogBuild> GetBuildAsync(string stream, string version, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stream);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        return Connection.GetAsync<ChangelogBuild>($"changelog/{Uri.EscapeDataString(stream)}/{Uri.EscapeDataString(version)}", "osu.changelog.get", cancellationToken);
    }

    /// <summary>A build by its version or the latest build of a stream named so (<c>GET /changelog/{changelog}</c>).</summary>
    /// <param name="versionOrStream">A version (<c>2026.624.0</c>) or a stream name (<c>lazer</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Core.Errors.ApiNotFoundException">No such build.</exception>
    public virtual Task<ChangelogBuild> LookupBuildAsync(string versionOrStream, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(versionOrStream);
        var path = WithMessageFormats(new QueryBuilder("changelog/" + Uri.EscapeDataString(versionOrStream)));
        return Connection.GetAsync<ChangelogBuild>(path.ToString(), "osu.changelog.lookup", cancellationToken);
    }

    /// <summary>A build by its id (<c>GET /changelog/{id}?key=id</c>).</summary>
    /// <param name="buildId">The build id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Core.Errors.ApiNotFoundException">No such build.</exception>
    public virtual Task<ChangelogBuild> LookupBuildAsync(long buildId, CancellationToken cancellationToken = default)
    {
        var path = WithMessageFormats(new QueryBuilder("changelog/" + buildId.ToString(CultureInfo.InvariantCulture)).Add("key", "id"));
        return Connection.GetAsync<ChangelogBuild>(path.ToString(), "osu.changelog.lookup", cancellationToken);
    }

    // Both formats, as the API's default: the models keep both.
    private static QueryBuilder WithMessageFormats(QueryBuilder path) => path.AddEach("message_formats[]", ["html", "markdown"]);
}
