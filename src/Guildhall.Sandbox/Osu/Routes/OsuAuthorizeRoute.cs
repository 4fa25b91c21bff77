using Guildhall.Sandbox.Osu.State;
using Guildhall.Sandbox.Osu.Wire;
using Microsoft.AspNetCore.Http.Extensions;

namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>
/// <c>GET /oauth/authorize</c>. The real page asks a signed-in user to approve; the sandbox approves at once as
/// <see cref="OsuTokenStore.AuthorizingUserId"/> and redirects (302) to the registered callback with <c>code</c> and
/// <c>state</c>. As on osu!, <c>identify</c> is always added to the requested scopes.
/// </summary>
internal sealed class OsuAuthorizeRoute(OsuTokenStore store, OsuWorld world)
{
    public IResult Handle(HttpRequest request)
    {
        string? Query(string name) => request.Query[name].FirstOrDefault() is { Length: > 0 } value ? value : null;

        if (Query("client_id") is not { } clientIdText)
        {
            return OsuOAuthErrors.InvalidRequest("client_id");
        }

        var client = long.TryParse(clientIdText, NumberStyles.None, CultureInfo.InvariantCulture, out var clientId) ? store.FindClient(clientId) : null;
        var requestedRedirect = Query("redirect_uri");
        if (client is null || (requestedRedirect is not null && !string.Equals(requestedRedirect, client.RedirectUri, StringComparison.Ordinal)))
        {
            return OsuOAuthErrors.InvalidClient();
        }

        // Without redirect_uri the registered callback is used, and the token request must then not send one.
        var redirectUri = requestedRedirect ?? client.RedirectUri;

        if (Query("response_type") != "code")
        {
            return OsuOAuthErrors.UnsupportedGrantType();
        }

        var state = Query("state");
        var scopes = OsuScopes.Parse(Query("scope"));
        if (scopes.FirstOrDefault(s => !OsuScopes.Known.Contains(s)) is { } unknown)
        {
            // league/oauth2-server sends scope errors back to the client's callback.
            return new OsuRedirect(Callback(redirectUri, state, new()
            {
                ["error"] = "invalid_scope",
                ["error_description"] = OsuOAuthErrors.InvalidScopeDescription,
                ["hint"] = $"Check the `{unknown}` scope",
                ["message"] = OsuOAuthErrors.InvalidScopeDescription,
            }));
        }

        if (!scopes.Contains(OsuScopes.Identify))
        {
            scopes = [.. scopes.Append(OsuScopes.Identify).Order(StringComparer.Ordinal)];
        }

        var userId = store.AuthorizingUserId;
        bool ownerIsBot;
        lock (world.Sync)
        {
            ownerIsBot = world.Users.TryGetValue(client.OwnerUserId, out var owner) && owner.IsBot;
        }

        if (OsuScopes.Validate(scopes, clientCredentials: false, ownerIsBot, ownToken: client.OwnerUserId == userId) is { } rule)
        {
            return OsuOAuthErrors.ScopeRule(rule);
        }

        var code = store.CreateCode(client, userId, scopes, requestedRedirect);
        return new OsuRedirect(Callback(redirectUri, state, new() { ["code"] = code.Value }));
    }

    private static string Callback(string redirectUri, string? state, Dictionary<string, string?> parameters)
    {
        var query = new QueryBuilder();
        if (state is not null)
        {
            query.Add("state", state);
        }

        foreach (var (key, value) in parameters)
        {
            query.Add(key, value ?? "");
        }

        var separator = redirectUri.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        return redirectUri + separator + query.ToQueryString().Value![1..];
    }
}
