using System.Collections.Concurrent;
using Guildhall.TopGg.Webhooks;

namespace Guildhall.TopGg.AspNetCore.Tests;

/// <summary>A handler that records what it received and can be made to fail or to wait.</summary>
internal sealed class RecordingHandler
{
    private readonly ConcurrentQueue<TopGgWebhookEvent> _received = new();
    private int _failuresLeft;

    public IReadOnlyCollection<TopGgWebhookEvent> Received => _received;

    /// <summary>Completes each time an event arrives (replaced after each one).</summary>
    public TaskCompletionSource<TopGgWebhookEvent> Arrived { get; private set; } = NewSource<TopGgWebhookEvent>();

    /// <summary>When set, the handler waits for it before returning.</summary>
    public TaskCompletionSource? Gate { get; set; }

    /// <summary>Makes the next <paramref name="count"/> calls throw.</summary>
    public void FailNext(int count) => Volatile.Write(ref _failuresLeft, count);

    public async ValueTask HandleAsync(TopGgWebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        _received.Enqueue(webhookEvent);
        var arrived = Arrived;
        Arrived = NewSource<TopGgWebhookEvent>();
        arrived.TrySetResult(webhookEvent);
        if (Gate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            throw new InvalidOperationException("The reward database is down.");
        }
    }

    private static TaskCompletionSource<T> NewSource<T>() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
