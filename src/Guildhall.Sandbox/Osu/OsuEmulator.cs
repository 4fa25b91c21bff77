using Guildhall.Sandbox.Osu.Admin;
using Guildhall.Sandbox.Osu.Routes;
using Guildhall.Sandbox.Osu.State;
using Guildhall.Sandbox.Osu.Wire;
using Microsoft.Extensions.Logging;

namespace Guildhall.Sandbox.Osu;

/// <summary>
/// The osu! API v2 emulator under <c>/osu</c> (standing for <c>https://osu.ppy.sh</c>): OAuth at <c>/osu/oauth/...</c>,
/// the API at <c>/osu/api/v2/...</c>, admin routes at <c>/_sandbox/osu/...</c>. Its world is generated deterministically
/// at start (see <see cref="OsuWorldSeeder"/>).
/// </summary>
internal sealed class OsuEmulator() : SandboxEmulator(ApiName, "/osu", new OsuAdminFaultDialect())
{
    /// <summary>The emulator's name in admin routes and counters.</summary>
    public const string ApiName = "osu";

    public override IEnumerable<SandboxCredential> Credentials { get; } =
    [
        new("osu", "client id", OsuSandboxCredentials.ClientId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"OAuth application owned by user {OsuSandboxCredentials.Username} ({OsuSandboxCredentials.UserId}): client_credentials (scope public) and authorization_code (/osu/oauth/authorize signs in as {OsuSandboxCredentials.Username})"),
        new("osu", "client secret", OsuSandboxCredentials.ClientSecret, "secret of the sandbox OAuth application"),
        new("osu", "redirect uri", OsuSandboxCredentials.RedirectUri, "the callback registered for both sandbox applications"),
        new("osu", "bot client id", OsuSandboxCredentials.BotClientId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "OAuth application owned by the bot account GuildhallBot: client_credentials with delegate (chat bots)"),
        new("osu", "bot client secret", OsuSandboxCredentials.BotClientSecret, "secret of the sandbox bot application"),
    ];

    /// <summary>OAuth's <c>invalid_request</c> on <c>/osu/oauth</c>, osu-web's <c>{"error"}</c> on the API and the admin routes.</summary>
    public override IResult RefuseBody(HttpRequest request, SandboxBodyRefusal refusal) =>
        request.Path.StartsWithSegments("/_sandbox") ? OsuAdminBody.Error(refusal.Status, refusal.Reason)
        : request.Path.StartsWithSegments("/osu/oauth") ? OsuOAuthErrors.UnreadableRequest(refusal.Status, refusal.Reason)
        : OsuResponses.Error(refusal.Status, refusal.Reason);

    public override void AddServices(IServiceCollection services, SandboxOptions options)
    {
        services.AddSingleton(sp => OsuWorldSeeder.Seed(sp.GetRequiredService<TimeProvider>().GetUtcNow()));
        services.AddSingleton(sp => new OsuTokenStore(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new OsuRateLimiter(
            new SandboxFixedWindows(ApiName, SandboxWindowAdmission.AnyRoom, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<SandboxRateCounters>())));
        services.AddSingleton(sp => new OsuTokenRoute(
            sp.GetRequiredService<OsuTokenStore>(), sp.GetRequiredService<OsuWorld>(), sp.GetRequiredService<OsuRateLimiter>(),
            options, sp.GetRequiredService<ILogger<OsuTokenRoute>>()));
        services.AddSingleton(sp => new OsuAuthorizeRoute(sp.GetRequiredService<OsuTokenStore>(), sp.GetRequiredService<OsuWorld>()));
        services.AddSingleton(sp => OsuCommunity.Seed(sp.GetRequiredService<OsuWorld>(), sp.GetRequiredService<TimeProvider>().GetUtcNow()));
    }

    protected override void MapApi(IEndpointRouteBuilder routes)
    {
        var services = routes.ServiceProvider;
        var world = services.GetRequiredService<OsuWorld>();
        var tokens = services.GetRequiredService<OsuTokenStore>();
        var limiter = services.GetRequiredService<OsuRateLimiter>();
        var options = services.GetRequiredService<SandboxOptions>();

        var osu = routes.MapGroup("/osu");
        osu.MapPost("/oauth/token", (HttpContext context, OsuTokenRoute endpoint) => endpoint.HandleAsync(context));
        osu.MapGet("/oauth/authorize", (HttpRequest request, OsuAuthorizeRoute endpoint) => endpoint.Handle(request));

        var api = osu.MapGroup("/api/v2").AddEndpointFilter(new OsuGate(tokens, limiter, world, options));
        OsuMeRoutes.Map(api);
        OsuUserRoutes.Map(api);
        OsuUserListRoutes.Map(api);
        OsuBeatmapRoutes.Map(api);
        OsuBeatmapScoreRoutes.Map(api);
        OsuBeatmapsetRoutes.Map(api);
        OsuScoreRoutes.Map(api);
        OsuRankingRoutes.Map(api);
        OsuEventRoutes.Map(api);
        OsuSearchRoutes.Map(api);
        OsuSiteContentRoutes.Map(api);
        OsuNewsRoutes.Map(api);
        OsuChangelogRoutes.Map(api);
        OsuCommentRoutes.Map(api);
        OsuBeatmapPackRoutes.Map(api);
        OsuBeatmapsetEventRoutes.Map(api);
        OsuDiscussionRoutes.Map(api);
        OsuReplayRoutes.Map(api);
        OsuArtistTrackRoutes.Map(osu);
        OsuChatRoutes.Map(api);
        OsuForumRoutes.Map(api);
        OsuMatchRoutes.Map(api);
        OsuRoomRoutes.Map(api);

        // Laravel answers an unknown route before any middleware: a plain 404 {"error":null}. A request delegate rather
        // than a lambda the request delegate generator would bind: its interceptor maps MapFallback(pattern, handler) at
        // the catch-all pattern, which made this answer every unknown path of every API.
        routes.MapFallback("/osu/{**path}", context => OsuResponses.NotFound().ExecuteAsync(context));
    }

    protected override void MapAdmin(IEndpointRouteBuilder admin)
    {
        OsuAdminTokenRoutes.Map(admin);
        OsuAdminSeedRoutes.Map(admin);
    }
}
