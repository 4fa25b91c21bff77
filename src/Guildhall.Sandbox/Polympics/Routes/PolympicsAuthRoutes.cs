

using Guildhall.Sandbox.Polympics.State;
using Guildhall.Sandbox.Polympics.Wire;

namespace Guildhall.Sandbox.Polympics.Routes;

/// <summary><c>/auth/...</c>: sessions for accounts, Discord sign-in, token reset and "who am I".</summary>
internal static class PolympicsAuthRoutes
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapCall(HttpMethods.Post, "/auth/create_session", PolympicsCallKind.WithBody | PolympicsCallKind.Authenticated, CreateSession);
        api.MapCall(HttpMethods.Post, "/auth/reset_token", PolympicsCallKind.Authenticated, ResetToken);
        api.MapCall(HttpMethods.Get, "/auth/me", PolympicsCallKind.Authenticated, Me);
        api.MapCall(HttpMethods.Post, "/auth/discord", PolympicsCallKind.WithBody, Discord);
    }

    private static IResult CreateSession(PolympicsCall call)
    {
        var account = call.Form().Model("account", required: true, call.State.Accounts.GetValueOrDefault, "Account");
        if (call.HasIssues)
        {
            return call.Invalid();
        }

        if (!call.Scope.Has(PolympicsPermissionBits.AuthenticateUsers))
        {
            return PolympicsResults.OutsideScope();
        }

        var session = call.State.AddSession(account!.Id);
        return PolympicsResults.Json(PolympicsWire.Session(session), StatusCodes.Status201Created);
    }

    /// <summary>
    /// An app gets its new token back. A session's token (and expiry) is renewed too, but the server answers with the
    /// session's account rather than the new token, so the caller cannot learn it.
    /// </summary>
    private static IResult ResetToken(PolympicsCall call)
    {
        var scope = call.Scope;
        if (scope.App is { } app)
        {
            app.Token = PolympicsState.GenerateToken();
            return PolympicsResults.Json(PolympicsWire.App(app, withToken: true));
        }

        if (scope.Session is { } session)
        {
            session.Token = PolympicsState.GenerateToken();
            session.ExpiresAt = call.State.Now + call.State.MaxSessionAge;
            return PolympicsResults.Json(PolympicsWire.Account(call.State, scope.Account!));
        }

        return NoToken();
    }

    private static IResult Me(PolympicsCall call) => call.Scope switch
    {
        { App: { } app } => PolympicsResults.Json(PolympicsWire.App(app, withToken: false)),
        { Account: { } account } => PolympicsResults.Json(PolympicsWire.Account(call.State, account)),
        _ => NoToken(),
    };

    /// <summary>Signs a Discord user in: their account is created on the way when signups are open.</summary>
    private static IResult Discord(PolympicsCall call)
    {
        var state = call.State;
        var token = call.Form().String("token", required: true);
        if (call.HasIssues)
        {
            return call.Invalid();
        }

        if (!state.DiscordUsers.TryGetValue(token!, out var user))
        {
            return PolympicsResults.Detail(StatusCodes.Status401Unauthorized, "Bad Discord user token.");
        }

        if (!state.Accounts.TryGetValue(user.Id, out var account))
        {
            if (!state.SignupsOpen)
            {
                return PolympicsResults.Detail(StatusCodes.Status403Forbidden, "Signups are closed.");
            }

            account = state.AddAccount(user.Id, user.Username, user.Discriminator, user.AvatarUrl, teamId: null, permissions: 0);
        }

        return PolympicsResults.Json(PolympicsWire.Session(state.AddSession(account.Id)));
    }

    private static IResult NoToken() => PolympicsResults.Detail(StatusCodes.Status401Unauthorized, "A token was not used to authenticate.");
}
