namespace Guildhall.Osu.Authentication;

/// <summary>The OAuth scopes of the osu! API (space-separated in requests).</summary>
public static class OsuScopes
{
    /// <summary>Read public data. The only scope the app client (client credentials) asks for by default.</summary>
    public const string Public = "public";

    /// <summary>Read the authorizing user's own profile (<c>GET /me</c>). Always granted with the authorization code flow.</summary>
    public const string Identify = "identify";

    /// <summary>Read the authorizing user's friend list.</summary>
    public const string FriendsRead = "friends.read";

    /// <summary>Post and edit forum posts.</summary>
    public const string ForumWrite = "forum.write";

    /// <summary>Read chat.</summary>
    public const string ChatRead = "chat.read";

    /// <summary>Send chat messages.</summary>
    public const string ChatWrite = "chat.write";

    /// <summary>Join, leave and create chat channels.</summary>
    public const string ChatWriteManage = "chat.write_manage";

    /// <summary>Act as the app's owner (client credentials of a bot account only).</summary>
    public const string Delegate = "delegate";

    /// <summary>
    /// What a chat bot's client-credentials client asks for (<see cref="OsuClientOptions.AppClientScopes"/>): act as the
    /// bot account, send messages, and create, join and leave channels. The API refuses <c>delegate</c> beside
    /// <c>public</c>, and <c>chat.read</c> cannot be delegated: a bot reads with a user token of its own account.
    /// </summary>
    public static IReadOnlyList<string> DelegatedChat { get; } = [Delegate, ChatWrite, ChatWriteManage];

    /// <summary>Every permission of osu!'s own clients; third-party applications cannot obtain it.</summary>
    public const string FirstParty = "*";
}
