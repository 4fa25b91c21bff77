namespace Guildhall.Sandbox.Tatsu.State;

/// <summary>
/// Everything the emulated Tatsu knows: profiles, API keys, guilds and store listings. Profiles and listings are kept
/// as the JSON objects the API returns, so admin seeding can reproduce any shape the real service sends (absent
/// fields, empty dates, unknown enum values). Every read and write happens under <see cref="Sync"/>.
/// </summary>
internal sealed class TatsuWorld
{
    private readonly TimeProvider _time;

    public TatsuWorld(TimeProvider time)
    {
        _time = time;
        Reset();
    }

    /// <summary>The lock every caller holds while it reads or changes the world.</summary>
    public Lock Sync { get; } = new();

    /// <summary>Profiles by user id, exactly as <c>GET /users/{id}/profile</c> returns them.</summary>
    public Dictionary<ulong, JsonObject> Profiles { get; } = [];

    /// <summary>API keys and the user each belongs to.</summary>
    public Dictionary<string, ulong> Keys { get; } = new(StringComparer.Ordinal);

    public Dictionary<ulong, TatsuGuild> Guilds { get; } = [];

    /// <summary>Store listings by id, exactly as <c>GET /store/listings/{id}</c> returns them.</summary>
    public Dictionary<string, JsonObject> Listings { get; } = new(StringComparer.Ordinal);

    /// <summary>Forgets every change and restores the seeded state, dated from the sandbox clock's current time.</summary>
    public void Reset()
    {
        lock (Sync)
        {
            Profiles.Clear();
            Keys.Clear();
            Guilds.Clear();
            Listings.Clear();
            TatsuSeed.Populate(this, _time.GetUtcNow());
        }
    }
}
