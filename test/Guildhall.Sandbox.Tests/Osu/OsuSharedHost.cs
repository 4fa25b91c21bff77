namespace Guildhall.Sandbox.Tests.Osu;

/// <summary>One sandbox shared by the route tests of a class, with a client token and a user token (with the chat and forum scopes).</summary>
public sealed class OsuSharedHost : IAsyncLifetime
{
    private OsuTestHost? _host;

    internal OsuTestHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public string ClientToken { get; private set; } = "";

    public string UserToken { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _host = await OsuTestHost.StartAsync();
        ClientToken = await _host.ClientTokenAsync();
        (UserToken, _) = await _host.UserTokenAsync(OsuCommunityHost.ChatScopes);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
