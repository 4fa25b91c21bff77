namespace Guildhall.Sandbox.Polympics.State;

/// <summary>
/// What Discord's <c>/oauth2/@me</c> would answer for a user token. The real server asks Discord; the sandbox keeps a
/// table of tokens instead, seeded and extendable through the admin routes.
/// </summary>
internal sealed record PolympicsDiscordUser(long Id, string Username, string Discriminator, string? AvatarHash)
{
    /// <summary>The avatar URL the server derives: the user's own avatar, or Discord's default one for the discriminator.</summary>
    public string AvatarUrl => AvatarHash is null
        ? $"https://cdn.discordapp.com/embed/avatars/{(int.TryParse(Discriminator, out var number) ? number % 5 : 0)}.png"
        : $"https://cdn.discordapp.com/avatars/{Id}/{AvatarHash}.png";
}
