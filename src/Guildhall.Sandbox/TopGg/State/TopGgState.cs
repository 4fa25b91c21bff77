using Guildhall.Sandbox.TopGg.Auth;

namespace Guildhall.Sandbox.TopGg.State;

/// <summary>Everything the emulated Top.gg knows: bots, projects, users, votes, tokens and what clients posted.</summary>
internal sealed class TopGgState(TimeProvider clock)
{
    private int _sequence;

    public TimeProvider Clock { get; } = clock;

    public RecordStore<SandboxBot> Bots { get; } = new();

    /// <summary>The v1 side of each bot, keyed by bot id.</summary>
    public RecordStore<SandboxProject> Projects { get; } = new();

    public UserDirectory Users { get; } = new();

    public VoteLedger Votes { get; } = new();

    public TokenRegistry Tokens { get; } = new();

    public PostedRecordLog Posted { get; } = new();

    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>A sequence number for snowflakes created while running (votes, connections).</summary>
    public int NextSequence() => Interlocked.Increment(ref _sequence);

    /// <summary>Records a vote and counts it in the bot's all-time and monthly points.</summary>
    public void RecordVote(SandboxVote vote)
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
