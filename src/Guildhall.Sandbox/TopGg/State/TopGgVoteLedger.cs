namespace Guildhall.Sandbox.TopGg.State;

/// <summary>Every vote, per bot, ordered by creation time then id (the order v1 pages in).</summary>
internal sealed class TopGgVoteLedger
{
    private static readonly IComparer<TopGgVote> Order = Comparer<TopGgVote>.Create(
        (a, b) => a.CreatedAt != b.CreatedAt ? a.CreatedAt.CompareTo(b.CreatedAt) : a.Id.CompareTo(b.Id));

    private readonly Lock _gate = new();
    private readonly Dictionary<ulong, List<TopGgVote>> _byBot = [];

    public void Add(TopGgVote vote)
    {
        lock (_gate)
        {
            if (!_byBot.TryGetValue(vote.BotId, out var votes))
            {
                votes = [];
                _byBot[vote.BotId] = votes;
            }

            var index = votes.BinarySearch(vote, Order);
            votes.Insert(index < 0 ? ~index : index, vote);
        }
    }

    /// <summary>The user's most recent vote for the bot cast at or before <paramref name="now"/>.</summary>
    public TopGgVote? Latest(ulong botId, ulong userId, DateTimeOffset now)
    {
        lock (_gate)
        {
            return VotesOf(botId).LastOrDefault(v => v.UserId == userId && v.CreatedAt <= now);
        }
    }

    /// <summary>
    /// The most recent distinct voters, latest first, at most <paramref name="max"/>. A weekend vote is one vote of
    /// weight 2, so it never lists a voter twice.
    /// </summary>
    public IReadOnlyList<ulong> RecentVoters(ulong botId, int max, DateTimeOffset now)
    {
        lock (_gate)
        {
            return VotesOf(botId)
                .Where(v => v.CreatedAt <= now)
                .Reverse()
                .Select(v => v.UserId)
                .Distinct()
                .Take(max)
                .ToList();
        }
    }

    /// <summary>
    /// Up to <paramref name="count"/> votes after a position (exclusive) or from a date (inclusive), in ledger order,
    /// and whether more follow.
    /// </summary>
    public (IReadOnlyList<TopGgVote> Votes, bool HasMore) Page(
        ulong botId, DateTimeOffset from, ulong afterId, bool exclusive, int count, DateTimeOffset now)
    {
        lock (_gate)
        {
            var matching = VotesOf(botId)
                .Where(v => v.CreatedAt <= now)
                .SkipWhile(v => v.CreatedAt < from || (exclusive && v.CreatedAt == from && v.Id <= afterId))
                .Take(count + 1)
                .ToList();
            var hasMore = matching.Count > count;
            return (hasMore ? matching[..count] : matching, hasMore);
        }
    }

    private List<TopGgVote> VotesOf(ulong botId) => _byBot.GetValueOrDefault(botId) ?? [];
}
