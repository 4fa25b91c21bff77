namespace Guildhall.Sandbox.Tatsu;

/// <summary>
/// The API keys the seeded Tatsu sandbox accepts. Each key belongs to a seeded user, and what it may do follows from
/// that user's place in the seeded guilds (see <see cref="TatsuSandboxData"/>). The real service sends the key as the
/// whole <c>Authorization</c> header, without a scheme, and so does the sandbox expect it.
/// </summary>
public static class TatsuSandboxCredentials
{
    /// <summary>
    /// The key of <see cref="TatsuSandboxData.GuildmasterUserId"/>, who owns <see cref="TatsuSandboxData.TavernGuildId"/>
    /// and <see cref="TatsuSandboxData.LibraryGuildId"/>: it may read everything and change points and score there.
    /// </summary>
    public const string GuildmasterKey = "tatsu-sandbox-guildmaster-0001";

    /// <summary>
    /// The key of <see cref="TatsuSandboxData.ApprenticeUserId"/>, a member of both seeded guilds without Manage Server:
    /// it may read rankings and points, and gets 403 when it tries to change them.
    /// </summary>
    public const string ApprenticeKey = "tatsu-sandbox-apprentice-0002";

    /// <summary>
    /// The key of <see cref="TatsuSandboxData.WandererUserId"/>, who is in neither seeded guild: profiles and store
    /// listings work, every guild route answers 403.
    /// </summary>
    public const string WandererKey = "tatsu-sandbox-wanderer-0003";
}
