namespace Guildhall.Sandbox.TopGg.State;

/// <summary>A Top.gg user: v0 speaks of users by Discord id, v1 by Top.gg id (or Discord id with <c>source=discord</c>).</summary>
/// <param name="DiscordId">The Discord (platform) id.</param>
/// <param name="TopGgId">The Top.gg id.</param>
/// <param name="Username">The username.</param>
/// <param name="AvatarUrl">A full CDN URL.</param>
internal sealed record TopGgUser(ulong DiscordId, ulong TopGgId, string Username, string AvatarUrl);
