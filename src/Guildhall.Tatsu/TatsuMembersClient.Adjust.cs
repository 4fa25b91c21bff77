using Guildhall.Core.Errors;
using Guildhall.Tatsu.Models;

namespace Guildhall.Tatsu;

/// <summary>Changes of any size, split into requests Tatsu accepts.</summary>
public partial class TatsuMembersClient
{
    /// <summary>
    /// Changes a member's points by any amount: positive adds, negative removes. Totals above 100,000 are sent as
    /// several changes of at most 100,000 each, one after the other, each taking one request of the key's budget.
    /// </summary>
    /// <param name="guildId">The guild's id.</param>
    /// <param name="userId">The member's user id.</param>
    /// <param name="delta">The change; not 0.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>The member's points after the last request, or null when it answered 204.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An id or <paramref name="delta"/> is 0; nothing was sent.</exception>
    /// <exception cref="TatsuChangeIncompleteException">A request after the first failed; it tells how much was applied.</exception>
    public virtual Task<TatsuMemberPoints?> AdjustPointsAsync(ulong guildId, ulong userId, long delta, CancellationToken cancellationToken = default)
    {
        _ = TatsuPaths.Points(guildId, userId);
        return AdjustAsync(
            "tatsu.members.points.adjust", delta,
            (action, amount, token) => ChangePointsAsync(guildId, userId, action, amount, token), cancellationToken);
    }

    /// <summary>
    /// Changes a member's score by any amount: positive adds, negative removes. Totals above 100,000 are sent as
    /// several changes of at most 100,000 each, one after the other, each taking one request of the key's budget.
    /// </summary>
    /// <param name="guildId">The guild's id.</param>
    /// <param name="userId">The member's user id.</param>
    /// <param name="delta">The change; not 0.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>The member's score after the last request, or null when it answered 204.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An id or <paramref name="delta"/> is 0; nothing was sent.</exception>
    /// <exception cref="TatsuChangeIncompleteException">A request after the first failed; it tells how much was applied.</exception>
    public virtual Task<TatsuMemberScore?> AdjustScoreAsync(ulong guildId, ulong userId, long delta, CancellationToken cancellationToken = default)
    {
        _ = TatsuPaths.Score(guildId, userId);
        return AdjustAsync(
            "tatsu.members.score.adjust", delta,
            (action, amount, token) => ChangeScoreAsync(guildId, userId, action, amount, token), cancellationToken);
    }

    private async Task<T?> AdjustAsync<T>(
        string operation, long delta, Func<TatsuChangeAction, int, CancellationToken, Task<T?>> change, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentOutOfRangeException.ThrowIfZero(delta);
        var action = delta > 0 ? TatsuChangeAction.Add : TatsuChangeAction.Remove;
        // Negating long.MinValue overflows, so the magnitude is taken one short and corrected.
        var total = delta > 0 ? (ulong)delta : (ulong)(-(delta + 1)) + 1;
        ulong applied = 0;
        T? latest = null;
        foreach (var amount in TatsuChangeChunks.Split(total))
        {
            var sent = false;
            try
            {
                cancellationToken.ThrowIfCancellationRequested();
                sent = true;
                latest = await change(action, amount, cancellationToken).ConfigureAwait(false);
                applied += (ulong)amount;
                TatsuLog.ChunkApplied(Connection.Logger, operation, amount, applied, total);
            }
            catch (Exception exception) when (exception is not ArgumentException)
            {
                // A 2xx with an unreadable body was still applied by the API.
                if (exception is ApiInvalidResponseException)
                {
                    applied += (ulong)amount;
                }

                // Nothing applied, or everything (the last answer was unreadable): the request's own exception says it all.
                if (applied == 0 || applied == total)
                {
                    throw;
                }

                var uncertain = sent && exception is not ApiInvalidResponseException && MayHaveApplied(exception) ? (ulong)amount : 0;
                TatsuLog.AdjustmentIncomplete(Connection.Logger, operation, applied, total, exception.GetType().Name);
                throw new TatsuChangeIncompleteException(operation, action, total, applied, uncertain, exception);
            }
        }

        return latest;
    }

    /// <summary>Whether a failed request may still have changed the balance: only when no answer proves otherwise.</summary>
    private static bool MayHaveApplied(Exception exception) => exception switch
    {
        ApiRateLimitedException { IsClientSide: true } => false,
        GuildhallApiException { StatusCode: { } status } => (int)status >= 500 || (int)status == 408,
        GuildhallApiException => false,
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError } => false,
        _ => true,
    };
}
