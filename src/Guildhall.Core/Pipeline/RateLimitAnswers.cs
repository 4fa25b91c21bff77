using System.Runtime.CompilerServices;
using Guildhall.Core.RateLimiting;

namespace Guildhall.Core.Pipeline;

/// <summary>
/// The answers still on their way for the requests one rate-limit store granted in this process, and a task that
/// completes when the next one arrives. A store counts every request in flight as not yet counted by the server, so a
/// server's word can refuse a request that an answer a moment later proves fits; a caller refused only by that word
/// (<see cref="RateLimitDecision.RestsOnServerCount"/>) asks again when an answer arrives instead of sleeping until the
/// server's reset. One per store, so every client sharing a store shares its answers.
/// </summary>
internal sealed class RateLimitAnswers
{
    private static readonly ConditionalWeakTable<IRateLimitStore, RateLimitAnswers> ByStore = [];

    private TaskCompletionSource? _next;
    private int _inFlight;

    /// <summary>The answers of <paramref name="store"/>'s requests in this process.</summary>
    public static RateLimitAnswers For(IRateLimitStore store) => ByStore.GetValue(store, static _ => new RateLimitAnswers());

    /// <summary>How many granted requests have not been given back yet.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>A slot was granted: its answer is now on its way.</summary>
    public void Granted() => Interlocked.Increment(ref _inFlight);

    /// <summary>A slot was given back to the store: wakes everyone waiting for an answer.</summary>
    public void Answered()
    {
        Interlocked.Decrement(ref _inFlight);
        // Nobody listens on the common path: a read, and nothing allocated.
        if (Volatile.Read(ref _next) is not null)
        {
            Interlocked.Exchange(ref _next, null)?.TrySetResult();
        }
    }

    /// <summary>
    /// Completes when the next slot is given back. Listen before asking the store again: an answer given back between
    /// that question and this call would otherwise be missed.
    /// </summary>
    public Task NextAnswer()
    {
        if (Volatile.Read(ref _next) is { } listening)
        {
            return listening.Task;
        }

        var created = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return (Interlocked.CompareExchange(ref _next, created, null) ?? created).Task;
    }
}
