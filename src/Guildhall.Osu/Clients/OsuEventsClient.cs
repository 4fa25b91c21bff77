using Guildhall.Core;
using Guildhall.Core.Paging;
using Guildhall.Osu.Internal;
using Guildhall.Osu.Models;
using Guildhall.Osu.Queries;

namespace Guildhall.Osu;

/// <summary>The site's global event feed. Reached through <see cref="OsuClient.Events"/>.</summary>
public class OsuEventsClient : ApiSubClient
{
    internal OsuEventsClient(OsuConnection? connection)
        : base(connection)
    {
    }

    /// <summary>For mocking.</summary>
    protected OsuEventsClient()
    {
    }

    private OsuConnection Connection => GetConnection<OsuConnection>();

    /// <summary>Every event of the global feed, page after page (<c>GET /events</c>, 50 per page).</summary>
    /// <param name="sort">Newest or oldest first.</param>
    /// <param name="cancellationToken">Cancels every page request.</param>
    public virtual AsyncPageable<ActivityEvent> ListAsync(EventSort sort = EventSort.NewestFirst, CancellationToken cancellationToken = default)
    {
        var connection = Connection;
        return AsyncPageable.ByCursor<ActivityEvent>(
            async (cursor, token) =>
            {
                var path = new QueryBuilder("events")
                    .Add("sort", sort == EventSort.NewestFirst ? null : WireNames.Of(sort))
                    .Add("cursor_string", cursor);
                var page = await connection.GetAsync<ActivityEventsPage>(path.ToString(), "osu.events.list", token).ConfigureAwait(false);
                return (page.Events, page.CursorString);
            },
            cancellationToken);
    }
}
