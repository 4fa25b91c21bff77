
namespace Guildhall.Polympics.Models;

/// <summary>
/// Changes to an account for <c>PATCH /account/{id}</c>. Every field left <see langword="null"/> is unchanged. Each field
/// has its own permission: details need <c>manage_account_details</c>; the team needs <c>manage_account_teams</c>, or is
/// the caller's own account, or removes a teammate by a holder of <c>manage_own_team</c>; permission changes follow
/// <see cref="PolympicsPermissionRules"/>; a Discord token needs none. <see cref="ToString"/> never shows the token.
/// </summary>
public sealed record PolympicsAccountUpdate
{
    /// <summary>A new display name.</summary>
    public string? Name { get; init; }

    /// <summary>A new discriminator, as text.</summary>
    public string? Discriminator { get; init; }

    /// <summary>A new avatar.</summary>
    public Uri? AvatarUrl { get; init; }

    /// <summary>A new team, or <see cref="PolympicsTeamChange.NoTeam"/>. Setting it fires <c>account_team_update</c>.</summary>
    public PolympicsTeamChange? Team { get; init; }

    /// <summary>Permissions to add.</summary>
    public PolympicsPermissions? GrantPermissions { get; init; }

    /// <summary>Permissions to remove.</summary>
    public PolympicsPermissions? RevokePermissions { get; init; }

    /// <summary>
    /// A Discord OAuth2 user token (<c>identify</c> scope) of the account's own user: the server copies the name,
    /// discriminator and avatar from Discord.
    /// </summary>
    public string? DiscordToken { get; init; }

    /// <summary>The fields set, with the Discord token redacted.</summary>
    public override string ToString() =>
        $"PolympicsAccountUpdate {{ Name = {Name}, Discriminator = {Discriminator}, AvatarUrl = {AvatarUrl}, Team = {Team}, " +
        $"GrantPermissions = {GrantPermissions}, RevokePermissions = {RevokePermissions}, DiscordToken = {(DiscordToken is null ? "" : "(redacted)")} }}";

    internal void Validate()
    {
        PolympicsTextLimits.ThrowIfEmpty(Name, nameof(Name));
        PolympicsTextLimits.ThrowIfEmpty(Discriminator, nameof(Discriminator));
        PolympicsTextLimits.ThrowIfEmpty(AvatarUrl?.OriginalString, nameof(AvatarUrl));
        PolympicsTextLimits.ThrowIfEmpty(DiscordToken, nameof(DiscordToken));
        PolympicsTextLimits.ThrowIfTooLong(Name, PolympicsTextLimits.Text, nameof(Name));
        PolympicsTextLimits.ThrowIfTooLong(Discriminator, PolympicsTextLimits.Text, nameof(Discriminator));
        PolympicsTextLimits.ThrowIfTooLong(AvatarUrl?.OriginalString, PolympicsTextLimits.Url, nameof(AvatarUrl));
    }
}
