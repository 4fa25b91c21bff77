using Guildhall.Core;
using Guildhall.Osu.Internal;
using Guildhall.Osu.Models;

namespace Guildhall.Osu;

/// <summary>The osu! wiki. Reached through <see cref="OsuClient.Wiki"/>.</summary>
public class OsuWikiClient : ApiSubClient
{
    internal OsuWikiClient(OsuConnection? connection)
        : base(connection)
    {
    }

    /// <summary>For mocking.</summary>
    protected OsuWikiClient()
    {
    }

    private OsuConnection Connection => GetConnection<OsuConnection>();

    /// <summary>A wiki page with its markdown (<c>GET /wiki/{locale}/{path}</c>).</summary>
    /// <param name="path">The page's path, which may be nested: <c>Main_page</c>, <c>People/Beatmap_Nominators</c>.</param>
    /// <param name="locale">The language, for example <c>en</c> or <c>pt-br</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Core.Errors.ApiNotFoundException">No such page (the API answers with an empty body).</exception>
    public virtual Task<WikiPage> GetAsync(string path, string locale = "en", CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(locale);

        // Each segment is escaped on its own, so a nested path keeps its slashes.
        var segments = path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.EscapeDataString);
        return Connection.GetAsync<WikiPage>($"wiki/{Uri.EscapeDataString(locale)}/{string.Join('/', segments)}", "osu.wiki.get", cancellationToken);
    }
}
