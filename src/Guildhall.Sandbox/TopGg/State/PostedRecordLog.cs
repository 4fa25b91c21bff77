namespace Guildhall.Sandbox.TopGg.State;

/// <summary>Every accepted write, oldest first.</summary>
internal sealed class PostedRecordLog
{
    private readonly Lock _gate = new();
    private readonly List<PostedRecord> _records = [];

    public void Add(PostedRecord record)
    {
        lock (_gate)
        {
            _records.Add(record);
        }
    }

    public IReadOnlyList<PostedRecord> List(PostedKind kind, ulong? botId)
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
