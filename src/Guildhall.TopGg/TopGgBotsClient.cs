using System.Globalization;
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
public class TopGgBotsClient
{
    private readonly TopGgPipeline? _pipeline;

    internal TopGgBotsClient(TopGgPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    /// <summary>For mocking.</summary>
    protected TopGgBotsClient()
    {
    }

    private TopGgPipeline Pipeline => _pipeline ?? throw new InvalidOperationException("This client was created for mocking and has no connection.");

    /// <summary>Gets a listed bot (<c>GET /bots/{id}</c>).</summary>
    /// <param name="botId">The bot's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Guildhall.Core.Errors.ApiNotFoundException">The bot is not listed.</exception>
    public virtual Task<TopGgBot> GetAsync(ulong botId, CancellationToken cancellationToken = default) =>
        Pipeline.SendAsync(Get(BotPath(botId), "bots.get"), TopGgJsonContext.Default.TopGgBot, cancellationToken);

    /// <summary>Gets the token's own bot.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<TopGgBot> GetSelfAsync(CancellationToken cancellationToken = default) =>
        GetAsync(Pipeline.Token.Id, cancellationToken);

    /// <summary>Searches listed bots, one page (<c>GET /bots</c>).</summary>
    /// <param name="query">The search; <see langword="null"/> lists the first 50 bots.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">The query is out of range (for example a limit above 500).</exception>
    public virtual Task<TopGgBotSearchResult> SearchAsync(TopGgBotQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new TopGgBotQuery();
        query.Validate(nameof(query));
        return Pipeline.SendAsync(Get(query.ToPath(query.Limit, query.Offset), "bots.search"), TopGgJsonContext.Default.TopGgBotSearchResult, cancellationToken);
    }

    /// <summary>
    /// Every bot that matches, fetched 500 at a time from <see cref="TopGgBotQuery.Offset"/> as the enumeration needs them
    /// (<see cref="TopGgBotQuery.Limit"/> is ignored). There is no cap: each page is one <c>/bots/*</c> request, paced by
    /// the rate limiter at 60 a minute. The continuation token of a page is the next offset.
    /// </summary>
    /// <param name="query">The search; <see langword="null"/> lists every bot.</param>
    /// <param name="cancellationToken">Cancels the walk (as does the token given to the enumeration).</param>
    /// <exception cref="ArgumentException">The query is out of range.</exception>
    public virtual AsyncPageable<TopGgBot> ListAllAsync(TopGgBotQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new TopGgBotQuery();
        query.Validate(nameof(query));
        var pipeline = Pipeline;
        return AsyncPageable.Create<TopGgBot>(
            async (continuation, pageToken) =>
            {
                var offset = continuation is null ? query.Offset : int.Parse(continuation, NumberStyles.None, CultureInfo.InvariantCulture);
                var page = await pipeline.SendAsync(Get(query.ToPath(TopGgBotQuery.MaxLimit, offset), "bots.list"), TopGgJsonContext.Default.TopGgBotSearchResult, pageToken).ConfigureAwait(false);
                var next = offset + page.Results.Count;
                var more = page.Results.Count > 0 && next < page.Total;
                return new Page<TopGgBot>(page.Results, more ? next.ToString(CultureInfo.InvariantCulture) : null);
            },
            cancellationToken);
    }

    /// <summary>Gets a bot's posted statistics (<c>GET /bots/{id}/stats</c>).</summary>
    /// <param name="botId">The bot's id; <see langword="null"/> for the token's own bot.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<TopGgBotStats> GetStatsAsync(ulong? botId = null, CancellationToken cancellationToken = default) =>
        Pipeline.SendAsync(Get(BotPath(botId ?? Pipeline.Token.Id) + "/stats", "bots.stats.get"), TopGgJsonContext.Default.TopGgBotStats, cancellationToken);

    /// <summary>
    /// Posts the bot's statistics (<c>POST /bots/{id}/stats</c>). Posting overwrites the previous numbers, so the request
    /// is safe to repeat after a server error.
    /// </summary>
    /// <param name="stats">What to post; see the factories of <see cref="TopGgStatsUpdate"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">A count is negative, a shard id out of range, or no server count is set; nothing was sent.</exception>
    public virtual Task PostStatsAsync(TopGgStatsUpdate stats, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stats);
        stats.Validate(nameof(stats));
        var request = Pipeline.Create(
            HttpMethod.Post,
            BotPath(Pipeline.Token.Id) + "/stats",
            "bots.stats.post",
            TopGgRoute.Bots,
            ApiContent.Json(stats, TopGgJsonContext.Default.TopGgStatsUpdate),
            safeToRetry: true);
        return Pipeline.SendAsync(request, cancellationToken);
    }

    /// <summary>Posts the bot's server count (and shard count).</summary>
    /// <param name="serverCount">The number of servers the bot is in.</param>
    /// <param name="shardCount">The number of shards, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">A count is negative; nothing was sent.</exception>
    public virtual Task PostStatsAsync(long serverCount, int? shardCount = null, CancellationToken cancellationToken = default) =>
        PostStatsAsync(TopGgStatsUpdate.ForServerCount(serverCount, shardCount), cancellationToken);

    /// <summary>
    /// Gets the bot's last voters, newest first (<c>GET /bots/{id}/votes?page=</c>): up to 1,000 unique voters, without
    /// weekend double votes. Above 1,000 votes a month, use vote webhooks or <see cref="TopGgProjectClient.ListVotesAsync"/>.
    /// </summary>
    /// <param name="page">The page, from 1.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public virtual Task<IReadOnlyList<TopGgVoter>> GetVotersAsync(int page = 1, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        var path = new QueryBuilder(BotPath(Pipeline.Token.Id) + "/votes").Add("page", page).ToString();
        return Pipeline.SendAsync(Get(path, "bots.votes.list"), TopGgJsonContext.Default.IReadOnlyListTopGgVoter, cancellationToken);
    }

    /// <summary>Whether a user voted for the bot in the last 12 hours (<c>GET /bots/{id}/check?userId=</c>).</summary>
    /// <param name="userId">The user's Discord id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Guildhall.Core.Errors.ApiNotFoundException">Top.gg does not know the user.</exception>
    public virtual async Task<bool> HasVotedAsync(ulong userId, CancellationToken cancellationToken = default)
    {
        var path = new QueryBuilder(BotPath(Pipeline.Token.Id) + "/check").Add("userId", userId).ToString();
        var answer = await Pipeline.SendAsync(Get(path, "bots.votes.check"), TopGgJsonContext.Default.VoteCheckResponse, cancellationToken).ConfigureAwait(false);
        return answer.Voted;
    }

    private static string BotPath(ulong botId) => "bots/" + botId.ToString(CultureInfo.InvariantCulture);

    private ApiRequest Get(string path, string operation) => Pipeline.Create(HttpMethod.Get, path, operation, TopGgRoute.Bots);
}
