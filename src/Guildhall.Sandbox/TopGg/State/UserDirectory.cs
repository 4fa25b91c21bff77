namespace Guildhall.Sandbox.TopGg.State;

/// <summary>Top.gg users, reachable by Discord id (v0, v1 <c>source=discord</c>) or Top.gg id (v1 default).</summary>
internal sealed class UserDirectory
{
    private readonly RecordStore<SandboxUser> _byDiscordId = new();
    private readonly RecordStore<SandboxUser> _byTopGgId = new();

    public int Count => _byDiscordId.Count;

    public bool TryAdd(SandboxUser user)
    {
        if (_byTopGgId.Find(user.TopGgId) is not null || !_byDiscordId.TryAdd(user.DiscordId, user))
        {
            return false;
        }

        _byTopGgId.TryAdd(user.TopGgId, user);
        return true;
    }

    public SandboxUser? FindByDiscordId(ulong id) => _byDiscordId.Find(id);

    public SandboxUser? FindByTopGgId(ulong id) => _byTopGgId.Find(id);
}
