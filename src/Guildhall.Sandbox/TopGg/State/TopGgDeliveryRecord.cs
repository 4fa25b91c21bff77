namespace Guildhall.Sandbox.TopGg.State;

/// <summary>A delivery in progress or finished: what was sent, every attempt, and the final status.</summary>
internal sealed class TopGgDeliveryRecord(string id, TopGgDeliveryRequest request, string body, string trace)
{
    private readonly Lock _gate = new();
    private readonly List<TopGgDeliveryAttempt> _attempts = [];
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Id { get; } = id;

    public TopGgDeliveryRequest Request { get; } = request;

    /// <summary>The exact body sent on every attempt.</summary>
    public string Body { get; } = body;

    /// <summary>The V2 <c>x-topgg-trace</c> value (the same on every attempt).</summary>
    public string Trace { get; } = trace;

    /// <summary><c>pending</c>, <c>delivered</c> or <c>failed</c>.</summary>
    public string Status { get; private set; } = "pending";

    /// <summary>The receiver's JSON answer to a delivered attempt, as parsed (for <c>integration.create</c>, its reply).</summary>
    public JsonNode? Reply { get; private set; }

    /// <summary>Completes when the delivery reached its final status.</summary>
    public Task Finished => _finished.Task;

    public IReadOnlyList<TopGgDeliveryAttempt> Attempts
    {
        get
        {
            lock (_gate)
            {
                return [.. _attempts];
            }
        }
    }

    public void AddAttempt(TopGgDeliveryAttempt attempt, JsonNode? reply = null)
    {
        lock (_gate)
        {
            _attempts.Add(attempt);
            Reply = reply ?? Reply;
        }
    }

    public void Finish(bool delivered)
    {
        lock (_gate)
        {
            Status = delivered ? "delivered" : "failed";
        }

        _finished.TrySetResult();
    }
}
