namespace Guildhall.Polympics.Models;

/// <summary>
/// The Polympics permission bits, all seven of them (the Python wrapper reads only six and drops
/// <see cref="ManageAwards"/>). Bits the server adds later are kept as they are.
/// </summary>
[Flags]
public enum PolympicsPermissions
{
    /// <summary>No permission.</summary>
    None = 0,

    /// <summary>Grant and revoke permissions (bit 0, 1).</summary>
    ManagePermissions = 1 << 0,

    /// <summary>Move any account to another team (bit 1, 2).</summary>
    ManageAccountTeams = 1 << 1,

    /// <summary>Create accounts and change or delete any account's details (bit 2, 4).</summary>
    ManageAccountDetails = 1 << 2,

    /// <summary>Create, rename and delete any team (bit 3, 8).</summary>
    ManageTeams = 1 << 3,

    /// <summary>Create sessions for accounts (bit 4, 16). Apps only: the server never lets it be granted to an account.</summary>
    AuthenticateUsers = 1 << 4,

    /// <summary>Rename or delete one's own team and remove its members (bit 5, 32). Accounts only: an app's bit 5 is ignored.</summary>
    ManageOwnTeam = 1 << 5,

    /// <summary>Create, change, delete, give and take awards (bit 6, 64).</summary>
    ManageAwards = 1 << 6,
}
