namespace Guildhall.Sandbox.TopGg.Routes;

/// <summary>Counts requests in a sliding window: at most <c>limit</c> within any <c>window</c>. Not thread-safe.</summary>
internal sealed class TopGgSlidingWindow(int limit, TimeSpan window)
{
    private readonly Queue<DateTimeOffset> _hits = new();

    public bool IsFull(DateTimeOffset now)
    {
        while (_hits.Count > 0 && _hits.Peek() <= now - window)
        {
            _hits.Dequeue();
        }

        return _hits.Count >= limit;
    }

    public void Record(DateTimeOffset now) => _hits.Enqueue(now);

    public void Clear() => _hits.Clear();
}
