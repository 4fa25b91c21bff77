using Guildhall.Core;
using Guildhall.Core.Errors;
using Guildhall.Core.Paging;
using Guildhall.Tatsu.Json;
using Guildhall.Tatsu.Models;

namespace Guildhall.Tatsu;

/// <summary>
/// Guild leaderboards. Reach it through <see cref="TatsuClient.Rankings"/>. Every guild route needs the key's owner to
/// be a member of the guild (403 otherwise) and Tatsu to be in it (404 otherwise).
/// </summary>
public class TatsuRankingsClient : ApiSubClient
{
    internal TatsuRankingsClient(TatsuConnection? connection)
        : base(connection)
    {
    }

    /// <summary>For mocking only.</summary>
    protected TatsuRankingsClient()
    {
    }

    private TatsuConnection Connection => GetConnection<TatsuConnection>();

    /// <summary>Gets one member's rank and score (<c>GET /guilds/{guild_id}/rankings/members/{user_id}/{timeframe}</c>).</summary>
    /// <param name="guildId">The guild's id.</param>
    /// <param name="userId">The member's user id.</param>
    /// <param name="timeframe">The period the score covers.</param>
    /// <param name="cancellationToken">Cancels the call, including a wait for a rate-limit slot.</param>
    /// <exception cref="ArgumentOutOfRangeException">An id is 0 or the timeframe is undefined.</exception>
    /// <exception cref="ApiNotFoundException">
    /// The guild is unknown (or Tatsu is not in it), or the user is not a member (<see cref="GuildhallApiException.ErrorCode"/>
    /// <see cref="TatsuErrorCodes.UnknownGuildMember"/>).
    /// </exception>
    /// <exception cref="ApiForbiddenException">The key's owner is not a member of the guild.</exception>
    public virtual Task<TatsuMemberRanking> GetMemberRankingAsync(
        ulong guildId, ulong userId, TatsuTimeframe timeframe = TatsuTimeframe.AllTime, CancellationToken cancellationToken = default) =>
        Connection.GetAsync(
            TatsuPaths.MemberRanking(guildId, userId, timeframe), "tatsu.rankings.member.get", TatsuJsonContext.Default.TatsuMemberRanking, cancellationToken);

    /// <summary>
    /// Gets one page of a guild's leaderboard (<c>GET /guilds/{guild_id}/rankings/{timeframe}?offset=N</c>): up to
    /// <see cref="TatsuDefaults.RankingsPageSize"/> rows starting after <paramref name="offset"/> ranks, so offset 100
    /// starts at rank 101. Past the last member the page is empty.
    /// </summary>
    /// <param name="guildId">The guild's id.</param>
    /// <param name="timeframe">The period the scores cover.</param>
    /// <param name="offset">How many ranks to skip (0-based).</param>
    /// <param name="cancellationToken">Cancels the call, including a wait for a rate-limit slot.</param>
    /// <exception cref="ArgumentOutOfRangeException">The id is 0, the timeframe undefined or the offset negative.</exception>
    /// <exception cref="ApiNotFoundException">The guild is unknown, or Tatsu is not in it.</exception>
    /// <exception cref="ApiForbiddenException">The key's owner is not a member of the guild.</exception>
    public virtual Task<TatsuGuildRankings> GetGuildRankingsPageAsync(
        ulong guildId, TatsuTimeframe timeframe = TatsuTimeframe.AllTime, int offset = 0, CancellationToken cancellationToken = default) =>
        Connection.GetAsync(
            TatsuPaths.GuildRankings(guildId, timeframe, offset), "tatsu.rankings.guild.get", TatsuJsonContext.Default.TatsuGuildRankings, cancellationToken);

    /// <summary>
    /// Walks a guild's leaderboard page by page, from <paramref name="startRank"/> to <paramref name="endRank"/>
    /// (inclusive) or to the last member. Pages are fetched only as the enumeration reaches them (with
    /// <see cref="GetGuildRankingsPageAsync"/>), each one request of the key's budget. A short page ends the walk; Tatsu
    /// does not say how many members a guild has, so after a full page one more is asked for, and an empty answer ends
    /// the walk without yielding an empty page. With <paramref name="endRank"/> no page past it is requested.
    /// <see cref="AsyncPageable{T}.AsPages"/> yields whole pages whose continuation token is the next offset.
    /// </summary>
    /// <param name="guildId">The guild's id.</param>
    /// <param name="timeframe">The period the scores cover.</param>
    /// <param name="startRank">The first rank to yield (1-based).</param>
    /// <param name="endRank">The last rank to yield, or null for all.</param>
    /// <param name="cancellationToken">Cancels the walk (as does the token given to the enumeration).</param>
    /// <exception cref="ArgumentOutOfRangeException">The id is 0, the timeframe undefined, or the ranks out of order.</exception>
    public virtual AsyncPageable<TatsuRankedMember> ListGuildRankingsAsync(
        ulong guildId, TatsuTimeframe timeframe = TatsuTimeframe.AllTime, int startRank = 1, int? endRank = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfZero(guildId);
        _ = TatsuPaths.Segment(timeframe);
        ArgumentOutOfRangeException.ThrowIfLessThan(startRank, 1);
        if (endRank is { } end)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(end, startRank, nameof(endRank));
        }

        return AsyncPageable.ByPosition<TatsuRankedMember>(
            startRank - 1,
            async (offset, pageToken) =>
            {
                if (endRank is { } last && offset >= last)
                {
                    return ([], null);
                }

                var rows = (await GetGuildRankingsPageAsync(guildId, timeframe, offset, pageToken).ConfigureAwait(false)).Rankings;
                var reachedEnd = endRank is { } stop && offset + rows.Count >= stop;
                IReadOnlyList<TatsuRankedMember> kept = endRank is { } limit ? [.. rows.Where(row => row.Rank <= limit)] : rows;
                return (kept, rows.Count >= TatsuDefaults.RankingsPageSize && !reachedEnd ? offset + rows.Count : null);
            },
            cancellationToken);
    }
}
