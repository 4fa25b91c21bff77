using Guildhall.Sandbox.Osu;

namespace Guildhall.Sandbox.Tests.Osu;

/// <summary>One sandbox for the chat, forum and multiplayer route tests of a class: a guest token, and a user token with the chat and forum scopes.</summary>
public sealed class OsuCommunityHost : IAsyncLifetime
{
    public const string ChatScopes = "public identify friends.read chat.read chat.write chat.write_manage forum.write";

    private OsuTestHost? _host;

    internal OsuTestHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public string ClientToken { get; private set; } = "";

    public string UserToken { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _host = await OsuTestHost.StartAsync(enforceRateLimits: false);
        ClientToken = await _host.ClientTokenAsync();
        (UserToken, _) = await _host.UserTokenAsync(ChatScopes);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    /// <summary>The sandbox user's id as a path segment.</summary>
    public static string Me => OsuSandboxCredentials.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
