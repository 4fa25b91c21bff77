using System.Globalization;
using System.Text.Json;
using Guildhall.Core;
using Guildhall.Core.Errors;
using Guildhall.Core.Paging;
using Guildhall.TopGg.Http;
using Guildhall.TopGg.Json;
using Guildhall.TopGg.Models;

namespace Guildhall.TopGg;

/// <summary>
/// v1 routes of the token's own project (<c>/v1/projects/@me/*</c>), which need a current token (sent as
/// <c>Bearer</c>). Reach it through <see cref="TopGgClient.Project"/>.
/// </summary>
public class TopGgProjectClient : ApiSubClient
{
    private const string ProjectPath = "v1/projects/@me";
    private const int MaxBatchEntries = 100;
    private static readonly TimeSpan MaxBatchFutureSkew = TimeSpan.FromMinutes(5);

    internal TopGgProjectClient(TopGgConnection? connection)
        : base(connection)
    {
    }

    /// <summary>For mocking.</summary>
    protected TopGgProjectClient()
    {
    }

    private TopGgConnection Connection => GetConnection<TopGgConnection>();

    /// <summary>Gets the project (<c>GET /v1/projects/@me</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ApiUnauthorizedException">The token is a legacy one, which v1 refuses, or it is wrong.</exception>
    public virtual Task<TopGgProject> GetAsync(CancellationToken cancellationToken = default) =>
        Connection.SendJsonAsync(Connection.Create(HttpMethod.Get, ProjectPath, "project.get", TopGgRoute.Global), TopGgJsonContext.Default.TopGgProject, cancellationToken);

    /// <summary>
    /// Changes the page's headline and text per locale (<c>PATCH /v1/projects/@me</c>; not in Top.gg's v1 reference, see
    /// <see cref="TopGgApiCompatibility.ProjectContentField"/>). The texts replace the old ones, so the request is safe to repeat.
    /// </summary>
    /// <param name="update">The new texts.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">The update is empty or names an unknown locale; nothing was sent.</exception>
    public virtual Task UpdateAsync(TopGgProjectUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        update.Validate(nameof(update));
        var body = new ProjectUpdateBody(update, Connection.Compatibility.ProjectContentField);
        var request = Connection.Create(HttpMethod.Patch, ProjectPath, "project.update", TopGgRoute.Global, ApiContent.Json(body, TopGgJsonContext.Default.ProjectUpdateBody), safeToRetry: true);
        return Connection.SendAsync(request, cancellationToken);
    }

    /// <summary>
    /// The project's votes since <paramref name="since"/>, oldest first, fetched a page at a time as the enumeration
    /// needs them (<c>GET /v1/projects/@me/votes</c>). The continuation token of a page is Top.gg's cursor, so an
    /// enumeration can resume with <c>AsPages(cursor)</c>.
    /// </summary>
    /// <param name="since">The earliest vote to return; at most one year back.</param>
    /// <param name="cancellationToken">Cancels the walk (as does the token given to the enumeration).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="since"/> is more than a year ago; nothing was sent.</exception>
    public virtual AsyncPageable<TopGgVote> ListVotesAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        var connection = Connection;
        var earliest = connection.TimeProvider.GetUtcNow().AddYears(-1);
        if (since < earliest)
        {
            throw new ArgumentOutOfRangeException(nameof(since), since, $"Top.gg serves votes from at most one year back (not before {earliest:u}).");
        }

        var startDate = since.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
        return AsyncPageable.ByCursor<TopGgVote>(
            async (cursor, pageToken) =>
            {
                // The cursor takes priority over startDate on the server, and already encodes where the listing started.
                var path = new QueryBuilder(ProjectPath + "/votes").Add(cursor is null ? "startDate" : "cursor", cursor ?? startDate).ToString();
                var request = connection.Create(HttpMethod.Get, path, "project.votes.list", TopGgRoute.Global);
                var page = await connection.SendJsonAsync(request, TopGgJsonContext.Default.VotesPageResponse, pageToken).ConfigureAwait(false);
                return (page.Data, page.Cursor);
            },
            cancellationToken);
    }

    /// <summary>
    /// A user's vote within the last 12 hours (<c>GET /v1/projects/@me/votes/{user_id}?source=</c>), or
    /// <see langword="null"/> when there is none. Top.gg answers 404 both when the vote expired and when it does not
    /// know the user; both read as <see langword="null"/>.
    /// </summary>
    /// <param name="userId">The user's id, of the kind <paramref name="source"/> says.</param>
    /// <param name="source">Whether <paramref name="userId"/> is a Discord or a Top.gg id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual async Task<TopGgUserVote?> GetVoteAsync(ulong userId, TopGgUserSource source, CancellationToken cancellationToken = default)
    {
        var sourceName = source switch
        {
            TopGgUserSource.TopGg => "topgg",
            TopGgUserSource.Discord => "discord",
            _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown user source."),
        };
        var path = new QueryBuilder(ProjectPath + "/votes/" + userId.ToString(CultureInfo.InvariantCulture)).Add("source", sourceName).ToString();
        try
        {
            return await Connection.SendJsonAsync(Connection.Create(HttpMethod.Get, path, "project.votes.get", TopGgRoute.Global), TopGgJsonContext.Default.TopGgUserVote, cancellationToken).ConfigureAwait(false);
        }
        catch (ApiNotFoundException)
        {
            return null;
        }
    }

    /// <summary>
    /// Replaces the project's application commands (<c>/v1/projects/@me/commands</c>, verb per
    /// <see cref="TopGgApiCompatibility.CommandsMethod"/>); an empty list clears them. Pass the command objects as
    /// Discord's API returns them. The list replaces the old one, so the request is safe to repeat.
    /// </summary>
    /// <param name="commands">Discord application-command objects.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">An element is not a JSON object; nothing was sent.</exception>
    /// <exception cref="ApiValidationException">Top.gg rejected a command (see <see cref="ApiValidationException.Errors"/>).</exception>
    public virtual Task UpdateCommandsAsync(IReadOnlyList<JsonElement> commands, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commands);
        if (commands.Any(command => command.ValueKind != JsonValueKind.Object))
        {
            throw new ArgumentException("Every command must be a JSON object, as Discord's API returns them.", nameof(commands));
        }

        var method = Connection.Compatibility.CommandsMethod == TopGgCommandsMethod.Put ? HttpMethod.Put : HttpMethod.Post;
        var request = Connection.Create(method, ProjectPath + "/commands", "project.commands.update", TopGgRoute.Global, ApiContent.Json(commands, TopGgJsonContext.Default.IReadOnlyListJsonElement), safeToRetry: true);
        return Connection.SendAsync(request, cancellationToken);
    }

    /// <summary>
    /// Posts an announcement on the project's page (<c>POST /v1/projects/@me/announcements</c>). Top.gg allows one every
    /// 4 hours; the client keeps that budget too. Never repeated automatically after a server error, which could post it twice.
    /// </summary>
    /// <param name="announcement">The announcement.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">The title or text is too short or too long; nothing was sent.</exception>
    /// <exception cref="ApiRateLimitedException">An announcement was already posted in the last 4 hours.</exception>
    public virtual Task<TopGgAnnouncement> PostAnnouncementAsync(TopGgNewAnnouncement announcement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        announcement.Validate();
        var request = Connection.Create(HttpMethod.Post, ProjectPath + "/announcements", "project.announcements.post", TopGgRoute.Announcements, ApiContent.Json(announcement, TopGgJsonContext.Default.TopGgNewAnnouncement), safeToRetry: false);
        return Connection.SendJsonAsync(request, TopGgJsonContext.Default.TopGgAnnouncement, cancellationToken);
    }

    /// <summary>Updates the project's live numbers (<c>PATCH /v1/projects/@me/metrics</c>). The numbers replace the old ones, so the request is safe to repeat.</summary>
    /// <param name="metrics">The numbers that fit the project's type.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">No number is set, one is negative, or more members are online than exist; nothing was sent.</exception>
    public virtual Task UpdateMetricsAsync(TopGgMetrics metrics, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        metrics.Validate(nameof(metrics));
        var request = Connection.Create(HttpMethod.Patch, ProjectPath + "/metrics", "project.metrics.update", TopGgRoute.Global, ApiContent.Json(metrics, TopGgJsonContext.Default.TopGgMetrics), safeToRetry: true);
        return Connection.SendAsync(request, cancellationToken);
    }

    /// <summary>
    /// Posts up to 100 timestamped measurements at once (<c>POST /v1/projects/@me/metrics/batch</c>; body shape per
    /// <see cref="TopGgApiCompatibility.MetricsBatchBody"/>). Never repeated automatically after a server error.
    /// </summary>
    /// <param name="entries">1 to 100 entries, none more than 5 minutes in the future.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">The batch is empty or too big, or an entry is invalid; nothing was sent.</exception>
    public virtual Task PostMetricsBatchAsync(IReadOnlyList<TopGgMetricsEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count is < 1 or > MaxBatchEntries)
        {
            throw new ArgumentException($"A metrics batch holds 1 to {MaxBatchEntries} entries, not {entries.Count}.", nameof(entries));
        }

        var latest = Connection.TimeProvider.GetUtcNow() + MaxBatchFutureSkew;
        foreach (var entry in entries)
        {
            ArgumentNullException.ThrowIfNull(entry, nameof(entries));
            ArgumentNullException.ThrowIfNull(entry.Metrics, nameof(entries));
            entry.Metrics.Validate(nameof(entries));
            if (entry.Timestamp > latest)
            {
                throw new ArgumentException($"An entry's timestamp ({entry.Timestamp:u}) is more than 5 minutes in the future.", nameof(entries));
            }
        }

        var content = Connection.Compatibility.MetricsBatchBody == TopGgMetricsBatchBody.BareArray
            ? ApiContent.Json(entries, TopGgJsonContext.Default.IReadOnlyListTopGgMetricsEntry)
            : ApiContent.Json(new MetricsBatchEnvelope(entries), TopGgJsonContext.Default.MetricsBatchEnvelope);
        var request = Connection.Create(HttpMethod.Post, ProjectPath + "/metrics/batch", "project.metrics.batch", TopGgRoute.Global, content, safeToRetry: false);
        return Connection.SendAsync(request, cancellationToken);
    }
}
