namespace Guildhall.Sandbox.TopGg;

/// <summary>
/// The documented identities of the seeded Top.gg sandbox: bots, their API tokens and a few users whose vote state is
/// known, so tests, the tour and offline bot development can use them without looking anything up.
/// </summary>
/// <remarks>
/// Tokens are shaped like the real ones: three base64url segments (<c>header.payload.signature</c>) whose payload is
/// <c>{"id":"&lt;bot id&gt;","bot":true,"iat":&lt;unix seconds&gt;}</c>, so a client can read the bot id from the token.
/// The sandbox looks tokens up by value; the signature only makes them look real.
/// </remarks>
public static class TopGgSandboxCredentials
{
    /// <summary>The Top.gg (and Discord) id of the main seeded bot, "Guildhall Sandbox".</summary>
    public const ulong BotId = 1108398810645790727;

    /// <summary>The v1 project id of the main seeded bot (v1 uses project ids; v0 uses the bot id).</summary>
    public const ulong ProjectId = 1108681064626524163;

    /// <summary>The Discord id of the main bot's owner.</summary>
    public const ulong OwnerId = 607297853110358017;

    /// <summary>
    /// A current-generation API token of the main bot. Send it as <c>Authorization: Bearer &lt;token&gt;</c> to v0 and
    /// v1 routes (v0 also accepts it without the <c>Bearer</c> prefix).
    /// </summary>
    public const string Token =
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpZCI6IjExMDgzOTg4MTA2NDU3OTA3MjciLCJib3QiOnRydWUsImlhdCI6MTc1NzY2MzIzMX0.ohp64Vs9-_tMVPS-OTS1UQU-hycW3BkZ-zaHzDKgmb0";

    /// <summary>
    /// A legacy API token of the main bot. v0 routes accept it raw (<c>Authorization: &lt;token&gt;</c>) or as Bearer;
    /// v1 routes reject it with 401, as the real service does.
    /// </summary>
    public const string LegacyToken =
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpZCI6IjExMDgzOTg4MTA2NDU3OTA3MjciLCJib3QiOnRydWUsImlhdCI6MTY4NDMzMzgwMH0.eXFdNEy_tYG8otHpZiCGBz7CGro01ktq62G4-bi_pO0";

    /// <summary>The id of a second seeded bot, "Lantern", owned by someone else (for 403 paths).</summary>
    public const ulong OtherBotId = 905006726896553986;

    /// <summary>The v1 project id of the second bot.</summary>
    public const ulong OtherProjectId = 905406003108118533;

    /// <summary>A current-generation API token of the second bot.</summary>
    public const string OtherBotToken =
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpZCI6IjkwNTAwNjcyNjg5NjU1Mzk4NiIsImJvdCI6dHJ1ZSwiaWF0IjoxNzU5MzIwMDAwfQ.Jfim3eOmjJiKlCP0ehyZfuBo8hXssS9ldPI3KKXIzW8";

    /// <summary>The Discord id of a user who voted for the main bot within the last 12 hours (at host start).</summary>
    public const ulong RecentVoterId = 432860280981032969;

    /// <summary>The Top.gg id of <see cref="RecentVoterId"/> (v1 <c>source=topgg</c>).</summary>
    public const ulong RecentVoterTopGgId = 724300107662884865;

    /// <summary>The Discord id of a user whose last vote for the main bot is older than 12 hours.</summary>
    public const ulong ExpiredVoterId = 803896665684705283;

    /// <summary>The Top.gg id of <see cref="ExpiredVoterId"/>.</summary>
    public const ulong ExpiredVoterTopGgId = 805769609163968514;

    /// <summary>The Discord id of a known user who never voted for the main bot.</summary>
    public const ulong NonVoterId = 1025478634804084744;

    /// <summary>The Top.gg id of <see cref="NonVoterId"/>.</summary>
    public const ulong NonVoterTopGgId = 1025682321241931782;

    /// <summary>A well-formed snowflake that belongs to no user, bot or project in the sandbox.</summary>
    public const ulong UnknownId = 696969696969696969;
}
