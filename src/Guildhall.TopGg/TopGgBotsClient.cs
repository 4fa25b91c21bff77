using Guildhall.Core;
using Guildhall.Core.Paging;
using Guildhall.TopGg.Http;
using Guildhall.TopGg.Json;
using Guildhall.TopGg.Models;

namespace Guildhall.TopGg;

/// <summary>
/// v0 bot routes (<c>/bots/*</c>), which share a budget of 60 requests a minute per token on top of the global 100 a
/// second. Reach it through <see cref="TopGgClient.Bots"/>. Methods without a bot id act on the token's own bot.
/// </summary>
public class TopGgBotsClient : ApiSubClient
{
    internal TopGgBotsClient(TopGgConnection? connection)
        : base(connection)
    {
    }

    /// <summary>For mocking.</summary>
    protected TopGgBotsClient()
    {
    }

    /// <summary>
    /// Raised after every successful stats post, whoever made it: a call of <see cref="PostStatsAsync(TopGgStatsUpdate, CancellationToken)"/>
    /// or the <see cref="Autopost.TopGgAutoposter"/> (top.py's <c>on_guild_post</c>). A handler that throws is logged and
    /// the others still run; the post itself has succeeded.
    /// </summary>
    public event EventHandler<TopGgStatsPostedEventArgs>? StatsPosted;

    private TopGgConnection Connection => GetConnection<TopGgConnection>();

    /// <summary>Gets a listed bot (<c>GET /bots/{id}</c>).</summary>
    /// <param name="botId">The bot's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Guildhall.Core.Errors.ApiNotFoundException">The bot is not listed.</exception>
    public virtual Task<TopGgBot> GetAsync(ulong botId, CancellationToken cancellationToken = default) =>
        Connection.SendJsonAsync(Get(BotPath(botId), "bots.get"), TopGgJsonContext.Default.TopGgBot, cancellationToken);

    /// <summary>Gets the token's own bot.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<TopGgBot> GetSelfAsync(CancellationToken cancellationToken = default) =>
        GetAsync(Connection.Token.Id, cancellationToken);

    /// <summary>One page of listed bots (<c>GET /bots</c>): a search, or every bot when the query has no filter.</summary>
    /// <param name="query">The search, with its page (<see cref="TopGgBotQuery.Limit"/>, <see cref="TopGgBotQuery.Offset"/>); <see langword="null"/> for the first 50 bots.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">The query is out of range (for example a limit above 500).</exception>
    public virtual Task<TopGgBotSearchResult> GetPageAsync(TopGgBotQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new TopGgBotQuery();
        query.Validate(nameof(query));
        return Connection.SendJsonAsync(Get(query.ToPath(query.Limit, query.Offset), "bots.search"), TopGgJsonContext.Default.TopGgBotSearchResult, cancellationToken);
    }

    /// <summary>
    /// Every bot that matches, fetched 500 at a time from <see cref="TopGgBotQuery.Offset"/> as the enumeration needs them
    /// (<see cref="TopGgBotQuery.Limit"/> is ignored). There is no cap: each page is one <c>/bots/*</c> request, paced by
    /// the rate limiter at 60 a minute. The continuation token of a page is the next offset.
    /// </summary>
    /// <param name="query">The search; <see langword="null"/> lists every bot.</param>
    /// <param name="cancellationToken">Cancels the walk (as does the token given to the enumeration).</param>
    /// <exception cref="ArgumentException">The query is out of range.</exception>
    public virtual AsyncPageable<TopGgBot> ListAsync(TopGgBotQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new TopGgBotQuery();
        query.Validate(nameof(query));
        var connection = Connection;
        return AsyncPageable.ByPosition<TopGgBot>(
            query.Offset,
            async (offset, pageToken) =>
            {
                var page = await connection.SendJsonAsync(Get(query.ToPath(TopGgBotQuery.MaxLimit, offset), "bots.list"), TopGgJsonContext.Default.TopGgBotSearchResult, pageToken).ConfigureAwait(false);
                var next = offset + page.Results.Count;
                return (page.Results, next < page.Total ? next : null);
            },
            cancellationToken);
    }

    /// <summary>Gets a bot's posted statistics (<c>GET /bots/{id}/stats</c>).</summary>
    /// <param name="botId">The bot's id; <see langword="null"/> for the token's own bot.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<TopGgBotStats> GetStatsAsync(ulong? botId = null, CancellationToken cancellationToken = default) =>
        Connection.SendJsonAsync(Get(BotPath(botId ?? Connection.Token.Id) + "/stats", "bots.stats.get"), TopGgJsonContext.Default.TopGgBotStats, cancellationToken);

    /// <summary>
    /// Posts the bot's statistics (<c>POST /bots/{id}/stats</c>), then raises <see cref="StatsPosted"/>. Posting
    /// overwrites the previous numbers, so the request is safe to repeat after a server error. An update for a cluster's
    /// shards (<see cref="TopGgStatsUpdate.ForOwnedShards"/>) is sent as one request per shard.
    /// </summary>
    /// <param name="stats">What to post; see the factories of <see cref="TopGgStatsUpdate"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">A count is negative, a shard id out of range, or no server count is set; nothing was sent.</exception>
    public virtual async Task PostStatsAsync(TopGgStatsUpdate stats, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stats);
        stats.Validate(nameof(stats));
        var connection = Connection;
        foreach (var body in stats.ToRequests())
        {
            var request = connection.Create(
                HttpMethod.Post,
                BotPath(connection.Token.Id) + "/stats",
                "bots.stats.post",
                TopGgRoute.Bots,
                ApiContent.Json(body, TopGgJsonContext.Default.TopGgStatsUpdate),
                safeToRetry: true);
            await connection.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        connection.Raise(StatsPosted, this, new TopGgStatsPostedEventArgs(stats, connection.TimeProvider.GetUtcNow()), nameof(StatsPosted));
    }

    /// <summary>Posts the bot's server count (and shard count).</summary>
    /// <param name="serverCount">The number of servers the bot is in.</param>
    /// <param name="shardCount">The number of shards, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">A count is negative; nothing was sent.</exception>
    public virtual Task PostStatsAsync(long serverCount, int? shardCount = null, CancellationToken cancellationToken = default) =>
        PostStatsAsync(TopGgStatsUpdate.ForServerCount(serverCount, shardCount), cancellationToken);

    /// <summary>
    /// One page of the bot's last voters, newest first (<c>GET /bots/{id}/votes?page=</c>): up to 1,000 unique voters in
    /// all, without weekend double votes. Above 1,000 votes a month, use vote webhooks or
    /// <see cref="TopGgProjectClient.ListVotesAsync"/>.
    /// </summary>
    /// <param name="page">The page, from 1.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<IReadOnlyList<TopGgVoter>> GetVotersPageAsync(int page = 1, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        var path = new QueryBuilder(BotPath(Connection.Token.Id) + "/votes").Add("page", page).ToString();
        return Connection.SendJsonAsync(Get(path, "bots.votes.list"), TopGgJsonContext.Default.IReadOnlyListTopGgVoter, cancellationToken);
    }

    /// <summary>Whether a user voted for the bot in the last 12 hours (<c>GET /bots/{id}/check?userId=</c>).</summary>
    /// <param name="userId">The user's Discord id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Guildhall.Core.Errors.ApiNotFoundException">Top.gg does not know the user.</exception>
    public virtual async Task<bool> HasVotedAsync(ulong userId, CancellationToken cancellationToken = default)
    {
        var path = new QueryBuilder(BotPath(Connection.Token.Id) + "/check").Add("userId", userId).ToString();
        var answer = await Connection.SendJsonAsync(Get(path, "bots.votes.check"), TopGgJsonContext.Default.VoteCheckResponse, cancellationToken).ConfigureAwait(false);
        return answer.Voted;
    }

    private static string BotPath(ulong botId) => "bots/" + botId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private ApiRequest Get(string path, string operation) => Connection.Create(HttpMethod.Get, path, operation, TopGgRoute.Bots);
}
