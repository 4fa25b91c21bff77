using Guildhall.Sandbox.Polympics.Admin;
using Guildhall.Sandbox.Polympics.Routes;
using Guildhall.Sandbox.Polympics.State;
using Guildhall.Sandbox.Polympics.Wire;

namespace Guildhall.Sandbox.Polympics;

/// <summary>
/// The Polympics server (<c>https://api.polytopia.fun</c>) under <c>/polympics</c>: accounts, teams, awards, callbacks
/// and sessions, with the server's permission rules, status codes and FastAPI error bodies, and its admin routes under
/// <c>/_sandbox/polympics</c>.
/// </summary>
internal sealed class PolympicsEmulator() : SandboxEmulator("polympics", "/polympics", new PolympicsAdminFaultDialect())
{
    public override IEnumerable<SandboxCredential> Credentials =>
    [
        new(Name, "app (all permissions)", $"{PolympicsSandboxCredentials.FullAppUsername}:{PolympicsSandboxCredentials.FullAppToken}",
            "Basic username:token of an app holding every app permission (95)."),
        new(Name, "app (few permissions)", $"{PolympicsSandboxCredentials.LimitedAppUsername}:{PolympicsSandboxCredentials.LimitedAppToken}",
            "Basic username:token of an app holding manage_account_teams and manage_account_details (6)."),
        new(Name, "session (team captain)", $"{PolympicsSandboxCredentials.CaptainSessionUsername}:{PolympicsSandboxCredentials.CaptainSessionToken}",
            "Basic username:token of Athena's session: manage_own_team on team 1; expires 30 days after seeding."),
        new(Name, "session (administrator)", $"{PolympicsSandboxCredentials.AdminSessionUsername}:{PolympicsSandboxCredentials.AdminSessionToken}",
            "Basic username:token of Zeus's session: every account permission (111); expires 30 days after seeding."),
        new(Name, "Discord token (Athena)", PolympicsSandboxCredentials.CaptainDiscordToken,
            "A Discord user token for POST /auth/discord or discord_token; Discord calls her \"Pallas Athena\"."),
        new(Name, "Discord token (newcomer)", PolympicsSandboxCredentials.NewcomerDiscordToken,
            "A Discord user token of someone without an account yet (created on sign-in while signups are open)."),
    ];

    /// <summary>FastAPI's answer to a body it cannot parse (400), or the admin routes' error shape.</summary>
    public override IResult RefuseBody(HttpRequest request, SandboxBodyRefusal refusal) =>
        request.Path.StartsWithSegments("/_sandbox")
            ? PolympicsAdminRoutes.Error(refusal.Status, refusal.Reason)
            : PolympicsResults.Detail(refusal.Status, refusal.Status == StatusCodes.Status400BadRequest ? "There was an error parsing the body" : refusal.Reason);

    public override void AddServices(IServiceCollection services, SandboxOptions options)
    {
        services.AddSingleton<PolympicsState>();
        services.AddSingleton<PolympicsCallbackDispatcher>();
    }

    protected override void MapApi(IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/polympics");
        PolympicsAccountRoutes.Map(api);
        PolympicsTeamRoutes.Map(api);
        PolympicsAwardRoutes.Map(api);
        PolympicsCallbackRoutes.Map(api);
        PolympicsAuthRoutes.Map(api);
        routes.Map(PolympicsUnmatchedRoute.Pattern, PolympicsUnmatchedRoute.Answer);
    }

    protected override void MapAdmin(IEndpointRouteBuilder admin) => PolympicsAdminRoutes.Map(admin);
}
