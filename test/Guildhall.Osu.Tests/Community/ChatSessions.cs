using System.Net.Http.Json;
using Guildhall.Osu.Authentication;
using Guildhall.Osu.Tests.Sandbox;
using Guildhall.Sandbox.Osu;

namespace Guildhall.Osu.Tests.Community;

/// <summary>
/// The chat participants of the sandbox: the sandbox user on its own application, the staff account on the bot's
/// application (chat scopes need a bot-owned application or one's own), the bot's <c>delegate</c> client for writing
/// and a user session of the bot account for reading (<c>chat.read</c> cannot be delegated).
/// </summary>
internal sealed class ChatSessions(OsuSandbox sandbox)
{
    public static readonly string[] UserChatScopes = [OsuScopes.Public, OsuScopes.ChatRead, OsuScopes.ChatWrite, OsuScopes.ChatWriteManage, OsuScopes.ForumWrite];

    /// <summary>The sandbox user (<see cref="OsuSandboxCredentials.UserId"/>) with chat and forum scopes.</summary>
    public Task<OsuClient> UserAsync() => AuthorizeAsync(OsuSandboxCredentials.UserId, sandbox.Options());

    /// <summary>The staff account (<see cref="OsuSandboxSeed.StaffUserId"/>), authorized on the bot's application.</summary>
    public Task<OsuClient> StaffAsync() => AuthorizeAsync(OsuSandboxSeed.StaffUserId, BotOptions());

    /// <summary>The bot account's own user session, for reading chat.</summary>
    public Task<OsuClient> BotReaderAsync() => AuthorizeAsync(OsuSandboxCredentials.BotUserId, BotOptions());

    /// <summary>The bot's client-credentials client with <c>delegate</c>: it writes as the bot account.</summary>
    public OsuClient BotWriter()
    {
        var options = BotOptions();
        options.AppClientScopes = [.. OsuScopes.DelegatedChat];
        return sandbox.Storage(options).AppClient;
    }

    public OsuClientOptions BotOptions()
    {
        var options = sandbox.Options();
        options.ClientId = OsuSandboxCredentials.BotClientId;
        options.ClientSecret = OsuSandboxCredentials.BotClientSecret;
        return options;
    }

    private async Task<OsuClient> AuthorizeAsync(long userId, OsuClientOptions options)
    {
        using (var chosen = await sandbox.Http.PutAsJsonAsync(new Uri(sandbox.Host.BaseAddress, "_sandbox/osu/authorizing-user"), new { user_id = userId }))
        {
            chosen.EnsureSuccessStatusCode();
        }

        try
        {
            return await sandbox.AuthorizeAsync(sandbox.Storage(options), UserChatScopes);
        }
        finally
        {
            using var reset = await sandbox.Http.PutAsJsonAsync(new Uri(sandbox.Host.BaseAddress, "_sandbox/osu/authorizing-user"), new { user_id = OsuSandboxCredentials.UserId });
        }
    }
}
