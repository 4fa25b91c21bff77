namespace Guildhall.Sandbox.Polympics.State;

/// <summary>
/// What the credentials of one request may do. Unknown, wrong or expired credentials give the empty scope rather than an
/// error, as on the real server: the request then fails at the first permission check.
/// </summary>
internal sealed class PolympicsScope
{
    private readonly long _permissions;

    private PolympicsScope(PolympicsApp? app, PolympicsSession? session, PolympicsAccount? account, long permissions)
    {
        App = app;
        Session = session;
        Account = account;
        _permissions = permissions;
    }

    public static PolympicsScope Empty { get; } = new(null, null, null, 0);

    public PolympicsApp? App { get; }

    public PolympicsSession? Session { get; }

    public PolympicsAccount? Account { get; }

    public static PolympicsScope ForApp(PolympicsApp app) =>
        new(app, null, null, app.Permissions & PolympicsPermissionBits.AllAppBits);

    public static PolympicsScope ForSession(PolympicsSession session, PolympicsAccount account) =>
        new(null, session, account, account.Permissions & PolympicsPermissionBits.AllAccountBits);

    public bool Has(long bit) => (_permissions & bit) != 0;

    public bool OwnsAccount(long accountId) => Account?.Id == accountId;

    /// <summary>A member of the team who holds <c>manage_own_team</c>.</summary>
    public bool OwnsTeam(long? teamId) =>
        teamId is not null && Account?.TeamId == teamId && Has(PolympicsPermissionBits.ManageOwnTeam);

    /// <summary>
    /// The server's rule for granting or revoking <paramref name="permissions"/>: nothing above bit 6, never bit 4, no
    /// bit the caller lacks except bit 5, and only with <c>manage_permissions</c>. The documented exception for team
    /// owners granting <c>manage_own_team</c> compares against bit 4, which is already refused, so it never applies and
    /// is not emulated. Negative values follow Python's infinite two's complement, which <see cref="long"/> matches for
    /// the bits checked here.
    /// </summary>
    public bool CanAlterPermissions(long permissions)
    {
        if (permissions >= 1 << 7 || (permissions & PolympicsPermissionBits.AuthenticateUsers) != 0)
        {
            return false;
        }

        var lacking = permissions & ~_permissions & 0x7F & ~PolympicsPermissionBits.ManageOwnTeam;
        return lacking == 0 && Has(PolympicsPermissionBits.ManagePermissions);
    }
}
