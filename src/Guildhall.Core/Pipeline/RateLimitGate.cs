using Guildhall.Core.Errors;
using Guildhall.Core.Http;
using Guildhall.Core.RateLimiting;
using Guildhall.Core.Telemetry;
using Microsoft.Extensions.Logging;

namespace Guildhall.Core.Pipeline;

/// <summary>
/// The client-side rate limiter in front of every attempt: it takes a slot in all of a request's buckets (waiting as
/// long as the call may), gives it back with what the answer's headers said the moment the answer is in, and blocks
/// the buckets after a 429. The arithmetic lives in the <see cref="IRateLimitStore"/>; this is the transport's side.
/// </summary>
internal sealed class RateLimitGate(ApiTransportOptions options, IRateLimitStore store, CallTelemetry telemetry, ILogger logger)
{
    /// <summary>The longest a slot is held for a request in flight, whatever the call's budget (an infinite one included).</summary>
    private static readonly TimeSpan LongestSlotHold = TimeSpan.FromMinutes(10);

    /// <summary>The hold asked for when the budget is already spent (the call is about to time out anyway).</summary>
    private static readonly TimeSpan ShortestSlotHold = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Takes a slot in every bucket of the request, waiting for one as long as the call may. The slot is held while the
    /// request is in flight, at most for what is left of the call's budget (capped at <see cref="LongestSlotHold"/>), so
    /// a process that dies mid-request frees it a window after its call would have timed out.
    /// </summary>
    /// <returns>The slot, or <see langword="null"/> for a request without buckets.</returns>
    /// <exception cref="ApiRateLimitedException">The next slot is further away than the call may wait (<c>IsClientSide</c>).</exception>
    /// <remarks>A <see cref="ValueTask{TResult}"/>: a slot that is free is taken synchronously, with nothing allocated for the wait that did not happen.</remarks>
    public async ValueTask<RateLimitLease?> AcquireAsync(ApiRequest request, string operation, CallDeadline deadline, CancellationToken cancellationToken)
    {
        if (request.RateLimits.Count == 0)
        {
            return null;
        }

        var waited = TimeSpan.Zero;
        while (true)
        {
            var remaining = deadline.Remaining;
            var hold = remaining < LongestSlotHold ? remaining : LongestSlotHold;
            var decision = await store.TryAcquireAsync(request.RateLimits, hold > TimeSpan.Zero ? hold : ShortestSlotHold, cancellationToken).ConfigureAwait(false);
            if (decision.Acquired)
            {
                telemetry.RateLimitWaited(waited);
                return decision.Lease;
            }

            var mayWait = options.MaxRateLimitWait - waited;
            if (decision.RetryAfter > mayWait || decision.RetryAfter >= deadline.Remaining)
            {
                telemetry.RateLimitRefused();
                PipelineLog.RefusedLocally(logger, operation, decision.RetryAfter);
                var reason = decision.BlockedUntil is { } blocked
                    ? $"the API blocked these credentials after a 429 until {blocked:u}"
                    : "the client-side rate limit is exhausted";
                throw new ApiRateLimitedException(
                    $"{operation} was not sent: {reason}; the next slot is {decision.RetryAfter.TotalSeconds:0.###} s away, longer than this call may wait.",
                    new ApiErrorContext(options.ApiName, operation, null, new ApiErrorDetails()),
                    decision.RetryAfter,
                    isClientSide: true);
            }

            PipelineLog.WaitingForRateLimit(logger, operation, decision.RetryAfter);
            await Task.Delay(decision.RetryAfter, options.TimeProvider, cancellationToken).ConfigureAwait(false);
            waited += decision.RetryAfter;
        }
    }

    /// <summary>
    /// Gives the slot back with what the answer's headers said (nothing when there was no answer): from now on it
    /// counts for one more window. Never cancelled, and never failing the call: a store that cannot record it leaves the
    /// slot counting until its in-flight bound, which is safe.
    /// </summary>
    public async Task CompleteAsync(RateLimitLease slot, ApiResponse? answer, string operation)
    {
        var serverState = answer is not null && options.RateLimitHeaders is { } reader ? reader(answer, options.TimeProvider.GetUtcNow()) : null;
        try
        {
            await store.CompleteAsync(slot, serverState, CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The answer is in hand: a store that cannot record it must not lose it.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            PipelineLog.SlotNotCompleted(logger, operation, exception.GetType().Name);
        }
    }

    /// <summary>After a 429: blocks every bucket of the request for <paramref name="wait"/>, so later calls fail fast locally instead of extending a ban.</summary>
    public async Task BlockAsync(ApiRequest request, string operation, TimeSpan wait, CancellationToken cancellationToken)
    {
        if (request.RateLimits.Count == 0)
        {
            return;
        }

        var until = options.TimeProvider.GetUtcNow() + wait;
        foreach (var rule in request.RateLimits)
        {
            await store.BlockAsync(rule.Key, until, cancellationToken).ConfigureAwait(false);
        }

        PipelineLog.BlockedByServer(logger, operation, until);
    }
}
