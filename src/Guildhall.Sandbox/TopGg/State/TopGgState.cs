
namespace Guildhall.Sandbox.TopGg.State;

/// <summary>Everything the emulated Top.gg knows: bots, projects, users, votes, tokens and what clients posted.</summary>
internal sealed class TopGgState(TimeProvider clock)
{
    private int _sequence;

    public TimeProvider Clock { get; } = clock;

    public TopGgRecordStore<TopGgBot> Bots { get; } = new();

    /// <summary>The v1 side of each bot, keyed by bot id.</summary>
    public TopGgRecordStore<TopGgProject> Projects { get; } = new();

    public TopGgUserDirectory Users { get; } = new();

    public TopGgVoteLedger Votes { get; } = new();

    public TopGgTokenRegistry Tokens { get; } = new();

    public TopGgPostedRecordLog Posted { get; } = new();

    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>A sequence number for snowflakes created while running (votes, connections).</summary>
    public int NextSequence() => Interlocked.Increment(ref _sequence);

    /// <summary>Records a vote and counts it in the bot's all-time and monthly points.</summary>
    public void RecordVote(TopGgVote vote)
    {
        Votes.Add(vote);
        var now = Now;
        var thisMonth = vote.CreatedAt.Year == now.Year && vote.CreatedAt.Month == now.Month;
        Bots.Update(vote.BotId, bot => bot with
        {
            Points = bot.Points + vote.Weight,
            MonthlyPoints = bot.MonthlyPoints + (thisMonth ? vote.Weight : 0),
        });
    }
}
