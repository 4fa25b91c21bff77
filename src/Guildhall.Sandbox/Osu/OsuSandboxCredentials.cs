namespace Guildhall.Sandbox.Osu;

/// <summary>
/// The OAuth applications and accounts the osu! emulator is seeded with. Pass <see cref="ClientId"/> and
/// <see cref="ClientSecret"/> to a client pointed at <c>{sandbox}/osu</c>; the authorization-code flow signs in as
/// <see cref="UserId"/> automatically and returns to <see cref="RedirectUri"/>.
/// </summary>
public static class OsuSandboxCredentials
{
    /// <summary>The client id of the sandbox application (owned by <see cref="UserId"/>).</summary>
    public const long ClientId = 40070;

    /// <summary>The client secret of the sandbox application.</summary>
    public const string ClientSecret = "sbx-osu-7f3a9c2e5d1b-40070";

    /// <summary>The callback registered for the sandbox application; <c>/oauth/authorize</c> only redirects there.</summary>
    public const string RedirectUri = "http://localhost:8080/osu/callback";

    /// <summary>
    /// The client id of the sandbox bot application, owned by the bot account <see cref="BotUserId"/>, so it may ask for
    /// <c>delegate</c> tokens (chat bots) with the client-credentials grant.
    /// </summary>
    public const long BotClientId = 40071;

    /// <summary>The client secret of the sandbox bot application.</summary>
    public const string BotClientSecret = "sbx-osu-4e8d2a6c9f0b-40071";

    /// <summary>The account the authorization-code flow signs in as: a player with a full profile, plays in every ruleset, friends and kudosu.</summary>
    public const long UserId = 40000002;

    /// <summary>The username of <see cref="UserId"/>.</summary>
    public const string Username = "sandbox_tester";

    /// <summary>The bot account that owns the bot application.</summary>
    public const long BotUserId = 40000001;

    /// <summary>The username of <see cref="BotUserId"/>.</summary>
    public const string BotUsername = "GuildhallBot";
}
