using Guildhall.Polympics.Models;

namespace Guildhall.Polympics;

/// <summary>
/// The server's rule for granting or revoking permissions (<c>Scope.can_alter_permissions</c>), so a caller can tell
/// before sending whether a change will be refused with 403.
/// </summary>
/// <remarks>
/// The server documents an exception: a member holding <see cref="PolympicsPermissions.ManageOwnTeam"/> may hand it to a
/// teammate without <see cref="PolympicsPermissions.ManagePermissions"/>. The server's code compares against the wrong
/// bit, so that exception never applies (confirmed against a running server); these rules follow the server, not its
/// documentation.
/// </remarks>
public static class PolympicsPermissionRules
{
    /// <summary>Every bit the server defines.</summary>
    public const PolympicsPermissions All = (PolympicsPermissions)0x7F;

    /// <summary>What an app can hold: every bit but <see cref="PolympicsPermissions.ManageOwnTeam"/> (95).</summary>
    public const PolympicsPermissions AppPermissions = All & ~PolympicsPermissions.ManageOwnTeam;

    /// <summary>What an account can hold: every bit but <see cref="PolympicsPermissions.AuthenticateUsers"/> (111).</summary>
    public const PolympicsPermissions AccountPermissions = All & ~PolympicsPermissions.AuthenticateUsers;

    /// <summary>
    /// Checks whether a caller holding <paramref name="held"/> may grant or revoke <paramref name="change"/> (the same
    /// rule applies to both, and to the permissions of a new account).
    /// </summary>
    /// <param name="held">The caller's permissions (an app's or a user's).</param>
    /// <param name="change">The bits to grant or revoke.</param>
    public static PolympicsPermissionCheck Check(PolympicsPermissions held, PolympicsPermissions change)
    {
        if (change < 0 || (change & ~All) != 0)
        {
            return new(false, "The value has bits the server does not define (it refuses anything from 128 up).", PolympicsPermissions.None);
        }

        if (change.HasFlag(PolympicsPermissions.AuthenticateUsers))
        {
            return new(false, "authenticate_users belongs to apps and can never be granted to an account.", PolympicsPermissions.None);
        }

        // Anyone allowed to alter permissions may hand out manage_own_team without holding it (apps cannot hold it).
        var missing = change & ~held & ~PolympicsPermissions.ManageOwnTeam;
        if (!held.HasFlag(PolympicsPermissions.ManagePermissions))
        {
            return new(false, "Altering permissions needs manage_permissions.", missing | PolympicsPermissions.ManagePermissions);
        }

        return missing != 0
            ? new(false, $"A caller cannot grant or revoke permissions it does not hold ({missing}).", missing)
            : new(true, null, PolympicsPermissions.None);
    }

    /// <summary>Whether <see cref="Check"/> allows the change.</summary>
    /// <param name="held">The caller's permissions.</param>
    /// <param name="change">The bits to grant or revoke.</param>
    public static bool CanAlter(PolympicsPermissions held, PolympicsPermissions change) => Check(held, change).IsAllowed;
}
