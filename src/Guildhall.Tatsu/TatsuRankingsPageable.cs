using System.Globalization;
using System.Runtime.CompilerServices;
using Guildhall.Core.Paging;
using Guildhall.Tatsu.Models;

namespace Guildhall.Tatsu;

/// <summary>
/// A guild's leaderboard as pages of <see cref="TatsuDefaults.RankingsPageSize"/> rows. A short page is the last one;
/// a full page is followed by one more request, and if that comes back empty nothing more is yielded. The continuation
/// token is the next page's 0-based offset.
/// </summary>
internal sealed class TatsuRankingsPageable(
    TatsuRankingsClient client, ulong guildId, TatsuTimeframe timeframe, int startRank, int? endRank, CancellationToken callToken)
    : AsyncPageable<TatsuRankedMember>
{
    public override async IAsyncEnumerable<Page<TatsuRankedMember>> AsPages(
        string? continuationToken = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(callToken, cancellationToken);
        int? offset = continuationToken is null ? startRank - 1 : ParseOffset(continuationToken);
        var first = true;
        while (offset is { } current && (endRank is not { } end || current < end))
        {
            var page = await client.GetGuildRankingsAsync(guildId, timeframe, current, linked.Token).ConfigureAwait(false);
            var rows = page.Rankings;
            if (rows.Count == 0 && !first)
            {
                yield break;
            }

            var reachedEnd = endRank is { } last && current + rows.Count >= last;
            offset = rows.Count >= TatsuDefaults.RankingsPageSize && !reachedEnd ? current + rows.Count : null;
            IReadOnlyList<TatsuRankedMember> kept = endRank is { } limit ? [.. rows.Where(row => row.Rank <= limit)] : rows;
            yield return new Page<TatsuRankedMember>(kept, offset?.ToString(CultureInfo.InvariantCulture));
            first = false;
        }
    }

    private static int ParseOffset(string continuationToken) =>
        int.TryParse(continuationToken, NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
            ? offset
            : throw new ArgumentException($"\"{continuationToken}\" is not a Tatsu rankings continuation token (a 0-based offset).", nameof(continuationToken));
}
