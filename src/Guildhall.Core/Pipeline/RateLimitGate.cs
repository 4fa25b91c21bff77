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

    private readonly RateLimitAnswers _answers = RateLimitAnswers.For(store);

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

        var decision = await TryAcquireAsync(request, deadline, cancellationToken).ConfigureAwait(false);
        if (decision.Acquired)
        {
            _answers.Granted();
            return decision.Lease;
        }

        return await WaitForSlotAsync(request, operation, deadline, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// After a refusal: asks again when the store said a slot could free, or, when only a server's count refused and
    /// answers of this store are still on their way, as soon as one of them arrives (it may prove its request was
    /// already in that count). Refuses locally when the wait is longer than the call may wait and no answer can end it.
    /// </summary>
    private async ValueTask<RateLimitLease> WaitForSlotAsync(ApiRequest request, string operation, CallDeadline deadline, CancellationToken cancellationToken)
    {
        var started = options.TimeProvider.GetTimestamp();
        while (true)
        {
            var answered = _answers.NextAnswer();
            var decision = await TryAcquireAsync(request, deadline, cancellationToken).ConfigureAwait(false);
            var waited = options.TimeProvider.GetElapsedTime(started);
            if (decision.Acquired)
            {
                _answers.Granted();
                telemetry.RateLimitWaited(waited);
                return decision.Lease;
            }

            var mayWait = options.MaxRateLimitWait - waited;
            var untilDeadline = deadline.Remaining;
            var answerMayFree = decision.RestsOnServerCount && _answers.InFlight > 0;
            var pause = answerMayFree ? Shortest(decision.RetryAfter, mayWait, untilDeadline) : decision.RetryAfter;
            if (answerMayFree ? pause <= TimeSpan.Zero : pause > mayWait || pause >= untilDeadline)
            {
                throw RefusedLocally(operation, decision);
            }

            PipelineLog.WaitingForRateLimit(logger, operation, pause);
            await PauseAsync(pause, answerMayFree ? answered : null, cancellationToken).ConfigureAwait(false);
        }
    }

    private ValueTask<RateLimitDecision> TryAcquireAsync(ApiRequest request, CallDeadline deadline, CancellationToken cancellationToken)
    {
        var remaining = deadline.Remaining;
        var hold = remaining < LongestSlotHold ? remaining : LongestSlotHold;
        return store.TryAcquireAsync(request.RateLimits, hold > TimeSpan.Zero ? hold : ShortestSlotHold, cancellationToken);
    }

    /// <summary>Waits <paramref name="pause"/>, or less when <paramref name="answered"/> completes first (its timer is then dropped).</summary>
    private async Task PauseAsync(TimeSpan pause, Task? answered, CancellationToken cancellationToken)
    {
        if (answered is null)
        {
            await Task.Delay(pause, options.TimeProvider, cancellationToken).ConfigureAwait(false);
            return;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await Task.WhenAny(Task.Delay(pause, options.TimeProvider, stop.Token), answered).ConfigureAwait(false);
        await stop.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
    }

    private ApiRateLimitedException RefusedLocally(string operation, RateLimitDecision decision)
    {
        telemetry.RateLimitRefused();
        PipelineLog.RefusedLocally(logger, operation, decision.RetryAfter);
        var reason = decision.BlockedUntil is { } blocked
            ? $"the API blocked these credentials after a 429 until {blocked:u}"
            : "the client-side rate limit is exhausted";
        return new ApiRateLimitedException(
            $"{operation} was not sent: {reason}; the next slot is {decision.RetryAfter.TotalSeconds:0.###} s away, longer than this call may wait.",
            new ApiErrorContext(options.ApiName, operation, null, new ApiErrorDetails()),
            decision.RetryAfter,
            isClientSide: true);
    }

    private static TimeSpan Shortest(TimeSpan first, TimeSpan second, TimeSpan third)
    {
        var shorter = first < second ? first : second;
        return shorter < third ? shorter : third;
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
        finally
        {
            _answers.Answered();
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
