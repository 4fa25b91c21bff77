namespace Guildhall.Sandbox.TopGg.State;

/// <summary>Every accepted write, oldest first.</summary>
internal sealed class TopGgPostedRecordLog
{
    private readonly Lock _gate = new();
    private readonly List<TopGgPostedRecord> _records = [];

    public void Add(TopGgPostedRecord record)
    {
        lock (_gate)
        {
            _records.Add(record);
        }
    }

    public IReadOnlyList<TopGgPostedRecord> List(TopGgPostedKind kind, ulong? botId)
    {
        lock (_gate)
        {
            return _records.Where(r => r.Kind == kind && (botId is null || r.BotId == botId)).ToList();
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _records.Clear();
        }
    }
}
