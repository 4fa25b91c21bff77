
namespace Guildhall.Sandbox.Osu.State;

/// <summary>The seeded users by the part they play in the world: who tops leaderboards, who maps, who nominates.</summary>
internal sealed record OsuRoster(OsuUser Me, OsuUser Staff, IReadOnlyList<OsuUser> TopPlayers, IReadOnlyList<OsuUser> Mappers, IReadOnlyList<OsuUser> Nominators);
