namespace Guildhall.Sandbox.Osu.State;

/// <summary>
/// The chat, forums and multiplayer of the osu! emulator, seeded from the world (its users, beatmaps) at host start
/// and held under <see cref="OsuWorld.Sync"/> with it, so a response is built from one consistent state.
/// </summary>
internal sealed class OsuCommunity(OsuChat chat, OsuForum forum, OsuMultiplayer multiplayer)
{
    public OsuChat Chat { get; } = chat;

    public OsuForum Forum { get; } = forum;

    public OsuMultiplayer Multiplayer { get; } = multiplayer;

    public static OsuCommunity Seed(OsuWorld world, DateTimeOffset now)
    {
        lock (world.Sync)
        {
            var cast = OsuCommunityCast.Of(world);
            return new OsuCommunity(OsuChatSeeder.Seed(cast, now), OsuForumSeeder.Seed(cast, now), OsuMultiplayerSeeder.Seed(world, cast, now));
        }
    }
}
