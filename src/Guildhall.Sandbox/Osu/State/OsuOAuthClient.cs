namespace Guildhall.Sandbox.Osu.State;

/// <summary>A registered OAuth application: credentials, its one callback and the account that owns it.</summary>
internal sealed record OsuOAuthClient(long Id, string Secret, string Name, string RedirectUri, long OwnerUserId);
