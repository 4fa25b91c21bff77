namespace Guildhall.Polympics;

/// <summary>What a set of credentials authenticates as, told by the username's first letter.</summary>
public enum PolympicsCredentialKind
{
    /// <summary>An app (<c>A&lt;id&gt;</c>): server-side, never expires, created with the server's command line.</summary>
    App = 1,

    /// <summary>A user session (<c>S&lt;id&gt;</c>): acts as one account, expires (30 days by default).</summary>
    Session = 2,
}
