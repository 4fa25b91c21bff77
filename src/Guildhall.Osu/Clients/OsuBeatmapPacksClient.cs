using Guildhall.Core;
using Guildhall.Core.Paging;
using Guildhall.Osu.Internal;
using Guildhall.Osu.Models;
using Guildhall.Osu.Queries;

namespace Guildhall.Osu;

/// <summary>Beatmap packs of every kind. Reached through <see cref="OsuClient.BeatmapPacks"/>.</summary>
public class OsuBeatmapPacksClient : ApiSubClient
{
    internal OsuBeatmapPacksClient(OsuConnection? connection)
        : base(connection)
    {
    }

    /// <summary>For mocking.</summary>
    protected OsuBeatmapPacksClient()
    {
    }

    private OsuConnection Connection => GetConnection<OsuConnection>();

    /// <summary>Every pack of a kind, newest first, page after page (<c>GET /beatmaps/packs</c>, 100 per page).</summary>
    /// <param name="type">The kind of pack.</param>
    /// <param name="cancellationToken">Cancels every page request.</param>
    public virtual AsyncPageable<BeatmapPack> ListAsync(BeatmapPackType type = BeatmapPackType.Standard, CancellationToken cancellationToken = default) =>
        OsuLists.ByCursorString((cursor, token) => GetPageAsync(type, cursor, token), page => page.BeatmapPacks, page => page.CursorString, cancellationToken);

    /// <summary>One page of packs (see <see cref="ListAsync"/>).</summary>
    /// <param name="type">The kind of pack.</param>
    /// <param name="continuationToken">The <see cref="BeatmapPacksPage.CursorString"/> of the previous page; <see langword="null"/> for the first.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<BeatmapPacksPage> GetPageAsync(BeatmapPackType type = BeatmapPackType.Standard, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        OsuCursors.CheckCursorString(continuationToken);
        var path = new QueryBuilder("beatmaps/packs").Add("type", ContentWireNames.Of(type)).Add("cursor_string", continuationToken);
        return Connection.GetAsync<BeatmapPacksPage>(path.ToString(), "osu.beatmap_packs.list", cancellationToken);
    }

    /// <summary>A pack with its beatmapsets and, for a user token, how far its owner completed it (<c>GET /beatmaps/packs/{tag}</c>).</summary>
    /// <param name="tag">The pack's tag, for example <c>S1828</c>.</param>
    /// <param name="legacyOnly">Whether only scores set on stable count towards completion.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Core.Errors.ApiNotFoundException">No such pack.</exception>
    public virtual Task<BeatmapPack> GetAsync(string tag, bool legacyOnly = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tag);
        var path = new QueryBuilder("beatmaps/packs/" + Uri.EscapeDataString(tag)).Add("legacy_only", legacyOnly ? 1 : null);
        return Connection.GetAsync<BeatmapPack>(path.ToString(), "osu.beatmap_packs.get", cancellationToken);
    }
}
