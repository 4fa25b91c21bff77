namespace Guildhall.Sandbox.Osu.State;

/// <summary>
/// Who takes part in the seeded chat, forums and matches: the sandbox user, the staff account, the bot and the best
/// osu! players of the seeded world (by performance, so the same players on every start).
/// </summary>
internal sealed record OsuCommunityCast(OsuUser Me, OsuUser Staff, OsuUser Bot, IReadOnlyList<OsuUser> Players)
{
    public static OsuCommunityCast Of(OsuWorld world) => new(
        world.Users[OsuSandboxCredentials.UserId],
        world.Users[OsuSandboxSeed.StaffUserId],
        world.Users[OsuSandboxCredentials.BotUserId],
        [.. world.Users.Values.Where(u => !u.IsBot && u.Pp(0) > 0 && u.Id != OsuSandboxCredentials.UserId && u.Id != OsuSandboxSeed.StaffUserId)
            .OrderByDescending(u => u.Pp(0)).ThenBy(u => u.Id).Take(40)]);
}
