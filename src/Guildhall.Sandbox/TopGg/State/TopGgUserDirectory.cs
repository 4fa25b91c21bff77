namespace Guildhall.Sandbox.TopGg.State;

/// <summary>Top.gg users, reachable by Discord id (v0, v1 <c>source=discord</c>) or Top.gg id (v1 default).</summary>
internal sealed class TopGgUserDirectory
{
    private readonly TopGgRecordStore<TopGgUser> _byDiscordId = new();
    private readonly TopGgRecordStore<TopGgUser> _byTopGgId = new();

    public int Count => _byDiscordId.Count;

    public bool TryAdd(TopGgUser user)
    {
        if (_byTopGgId.Find(user.TopGgId) is not null || !_byDiscordId.TryAdd(user.DiscordId, user))
        {
            return false;
        }

        _byTopGgId.TryAdd(user.TopGgId, user);
        return true;
    }

    public TopGgUser? FindByDiscordId(ulong id) => _byDiscordId.Find(id);

    public TopGgUser? FindByTopGgId(ulong id) => _byTopGgId.Find(id);
}
