using System.Collections.Concurrent;
using Guildhall.TopGg.Webhooks;

namespace Guildhall.Samples.HostedBot;

/// <summary>
/// The votes the bot handled, in the order they arrived: where a real bot would grant its rewards. Top.gg's retries
/// of a delivery already handled never reach it (the receiver deduplicates them).
/// </summary>
public sealed class VoteLedger
{
    private readonly ConcurrentQueue<TopGgVoteEvent> _votes = new();

    /// <summary>Every vote handled so far.</summary>
    public IReadOnlyList<TopGgVoteEvent> Votes => [.. _votes];

    /// <summary>Raised after each vote is recorded.</summary>
    public event EventHandler<TopGgVoteEvent>? Recorded;

    /// <summary>Records a vote.</summary>
    public void Record(TopGgVoteEvent vote)
    {
        _votes.Enqueue(vote);
        Recorded?.Invoke(this, vote);
    }
}
