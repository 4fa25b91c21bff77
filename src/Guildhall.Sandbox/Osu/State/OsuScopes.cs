namespace Guildhall.Sandbox.Osu.State;

/// <summary>
/// The OAuth scopes of osu-web (<c>Passport::tokensCan</c>) and the rules a token's scopes must follow when it is
/// issued (<c>App\Models\OAuth\Token::validate</c>), with the messages of <c>model_validation/token.invalid_scope</c>.
/// </summary>
internal static class OsuScopes
{
    public const string Public = "public";
    public const string Identify = "identify";
    public const string FriendsRead = "friends.read";
    public const string Delegate = "delegate";

    /// <summary>Not a scope: marks the routes osu-web serves without any token (any token is accepted too).</summary>
    public const string None = "none";

    /// <summary>Every scope a token may carry.</summary>
    public static IReadOnlySet<string> Known { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "*", "chat.read", "chat.write", "chat.write_manage", Delegate, "forum.write", "forum.write_manage", FriendsRead,
        "group_permissions", Identify, "multiplayer.write_manage", Public,
    };

    private static readonly HashSet<string> ClientCredentialsOnly = new(StringComparer.Ordinal) { Delegate, "forum.write_manage", "group_permissions" };

    private static readonly HashSet<string> OwnClientOnly = new(StringComparer.Ordinal) { "chat.read", "chat.write", "chat.write_manage", "multiplayer.write_manage" };

    private static readonly HashSet<string> RequireDelegation = new(StringComparer.Ordinal)
    {
        "chat.write", "chat.write_manage", Delegate, "forum.write", "forum.write_manage", "group_permissions", "multiplayer.write_manage",
    };

    /// <summary>Splits a space-separated scope string, dropping empty entries and duplicates, sorted.</summary>
    public static List<string> Parse(string? scope) =>
        [.. (scope ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>
    /// The message osu-web rejects the scopes with, or <see langword="null"/> when a token may have them.
    /// <paramref name="ownerIsBot"/> is about the application's owner; <paramref name="ownToken"/> whether the
    /// authorizing user owns the application.
    /// </summary>
    public static string? Validate(IReadOnlyCollection<string> scopes, bool clientCredentials, bool ownerIsBot, bool ownToken)
    {
        if (scopes.Count == 0)
        {
            return "Tokens without scopes are not valid.";
        }

        if (scopes.Contains("*") && scopes.Count > 1)
        {
            return "* is not valid with other scopes";
        }

        if (clientCredentials)
        {
            if (scopes.Contains("*"))
            {
                return "* is not allowed with Client Credentials";
            }

            if (scopes.Contains(Delegate) && !ownerIsBot)
            {
                return "Delegation with Client Credentials is only available to bots.";
            }

            if (scopes.Any(RequireDelegation.Contains))
            {
                if (!scopes.Contains(Delegate))
                {
                    return "delegate scope is required.";
                }

                if (scopes.Any(s => !RequireDelegation.Contains(s)))
                {
                    return "Delegation is not supported for this combination of scopes.";
                }
            }

            return null;
        }

        if (scopes.Any(ClientCredentialsOnly.Contains))
        {
            return "This scope is only valid for client_credentials tokens.";
        }

        return scopes.Any(OwnClientOnly.Contains) && !(ownToken || ownerIsBot)
            ? "This scope is only available for bots or your own clients."
            : null;
    }
}
