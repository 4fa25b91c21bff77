namespace Guildhall.Sandbox.Polympics;

/// <summary>
/// The credentials and well-known ids of the seeded Polympics sandbox (served under <c>/polympics</c>). Usernames and
/// tokens are HTTP Basic credentials, as on the real server: <c>A&lt;id&gt;</c> for apps, <c>S&lt;id&gt;</c> for user sessions.
/// </summary>
public static class PolympicsSandboxCredentials
{
    /// <summary>The username of the app that holds every app permission (95: all bits but <c>manage_own_team</c>).</summary>
    public const string FullAppUsername = "A1";

    /// <summary>The token of <see cref="FullAppUsername"/>.</summary>
    public const string FullAppToken = "c2FuZGJveDpwb2x5bXBpY3M6YXBwOmZ1bGw6dG9rZW4=";

    /// <summary>The username of the app that holds few permissions (see <see cref="LimitedAppPermissions"/>).</summary>
    public const string LimitedAppUsername = "A2";

    /// <summary>The token of <see cref="LimitedAppUsername"/>.</summary>
    public const string LimitedAppToken = "c2FuZGJveDpwb2x5bXBpY3M6YXBwOmZldzp0b2tlbnM=";

    /// <summary>The permissions of <see cref="LimitedAppUsername"/>: <c>manage_account_teams</c> and <c>manage_account_details</c> (6).</summary>
    public const int LimitedAppPermissions = 6;

    /// <summary>
    /// The username of a user session for <see cref="CaptainAccountId"/>, a member of <see cref="CaptainTeamId"/> who
    /// holds only <c>manage_own_team</c>. Like every session it expires 30 days after the sandbox (re)seeds.
    /// </summary>
    public const string CaptainSessionUsername = "S1";

    /// <summary>The token of <see cref="CaptainSessionUsername"/>.</summary>
    public const string CaptainSessionToken = "c2FuZGJveDpwb2x5bXBpY3M6c2Vzc2lvbjphdGhlbmE=";

    /// <summary>The username of a user session for <see cref="AdminAccountId"/>, who holds every account permission (111).</summary>
    public const string AdminSessionUsername = "S2";

    /// <summary>The token of <see cref="AdminSessionUsername"/>.</summary>
    public const string AdminSessionToken = "c2FuZGJveDpwb2x5bXBpY3M6c2Vzc2lvbjp6ZXVzMDA=";

    /// <summary>The Discord id of the seeded team captain (Athena).</summary>
    public const ulong CaptainAccountId = 310473552284467201;

    /// <summary>The Discord id of the seeded administrator (Zeus).</summary>
    public const ulong AdminAccountId = 310473552284467202;

    /// <summary>The team the captain belongs to and may manage (Gods of Olympus).</summary>
    public const int CaptainTeamId = 1;

    /// <summary>
    /// A Discord OAuth2 user token the emulated Discord accepts for the captain. Discord knows her as "Pallas Athena",
    /// so refreshing her account from this token visibly changes it.
    /// </summary>
    public const string CaptainDiscordToken = "sandbox-discord-token-athena";

    /// <summary>A Discord OAuth2 user token for <see cref="NewcomerDiscordId"/>, a Discord user with no Polympics account yet.</summary>
    public const string NewcomerDiscordToken = "sandbox-discord-token-newcomer";

    /// <summary>The Discord id behind <see cref="NewcomerDiscordToken"/>.</summary>
    public const ulong NewcomerDiscordId = 912345678901234567;
}
