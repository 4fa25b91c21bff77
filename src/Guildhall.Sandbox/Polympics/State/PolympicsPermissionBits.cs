namespace Guildhall.Sandbox.Polympics.State;

/// <summary>The bits of the Polympics permission field, as the server's models define them.</summary>
internal static class PolympicsPermissionBits
{
    public const long ManagePermissions = 1 << 0;
    public const long ManageAccountTeams = 1 << 1;
    public const long ManageAccountDetails = 1 << 2;
    public const long ManageTeams = 1 << 3;

    /// <summary>Only apps hold this bit; an account's bit 4 is ignored.</summary>
    public const long AuthenticateUsers = 1 << 4;

    /// <summary>Only accounts hold this bit; an app's bit 5 is ignored.</summary>
    public const long ManageOwnTeam = 1 << 5;

    public const long ManageAwards = 1 << 6;

    /// <summary>Every bit an app created with the server's <c>apps create -a</c> holds (all but <see cref="ManageOwnTeam"/>).</summary>
    public const long AllAppBits = ManagePermissions | ManageAccountTeams | ManageAccountDetails | ManageTeams | AuthenticateUsers | ManageAwards;

    /// <summary>Every bit an account can hold.</summary>
    public const long AllAccountBits = ManagePermissions | ManageAccountTeams | ManageAccountDetails | ManageTeams | ManageOwnTeam | ManageAwards;
}
