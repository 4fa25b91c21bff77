using Guildhall.Sandbox.TopGg.Admin;
using Guildhall.Sandbox.TopGg.Routes;
using Guildhall.Sandbox.TopGg.State;
using Guildhall.Sandbox.TopGg.Wire;
using Microsoft.AspNetCore.WebUtilities;

namespace Guildhall.Sandbox.TopGg;

/// <summary>
/// The Top.gg emulator: v0 under <c>/topgg/api</c>, v1 under <c>/topgg/api/v1</c>, admin routes under
/// <c>/_sandbox/topgg</c> (see <c>TopGg/README.md</c>).
/// </summary>
internal sealed class TopGgEmulator() : SandboxEmulator("topgg", TopGgGate.Prefix, new TopGgAdminFaultDialect())
{
    public override IEnumerable<SandboxCredential> Credentials =>
    [
        new("topgg", "bot token", TopGgSandboxCredentials.Token,
            $"Current-generation token of bot {Id(TopGgSandboxCredentials.BotId)}: v0 (raw or Bearer) and v1 (Bearer)."),
        new("topgg", "legacy bot token", TopGgSandboxCredentials.LegacyToken,
            $"Legacy token of bot {Id(TopGgSandboxCredentials.BotId)}: v0 only; v1 answers 401."),
        new("topgg", "second bot token", TopGgSandboxCredentials.OtherBotToken,
            $"Token of bot {Id(TopGgSandboxCredentials.OtherBotId)}, owned by someone else: reading the first bot's votes is 403."),
    ];

    /// <summary>v1 answers with problem details, v0 with <c>{"message"}</c>, the admin routes with <c>{"error"}</c>.</summary>
    public override IResult RefuseBody(HttpRequest request, SandboxBodyRefusal refusal) =>
        request.Path.StartsWithSegments("/_sandbox") ? TopGgAdminJson.Error(refusal.Reason, refusal.Status)
        : request.Path.StartsWithSegments(TopGgGate.Prefix + "/v1") ? TopGgProblemReplies.Problem(refusal.Status, ReasonPhrases.GetReasonPhrase(refusal.Status), refusal.Reason)
        : TopGgJsonReplies.Message(refusal.Status, refusal.Reason);

    public override void AddServices(IServiceCollection services, SandboxOptions options)
    {
        services.AddSingleton(provider =>
        {
            var state = new TopGgState(provider.GetRequiredService<TimeProvider>());
            TopGgSeeder.Populate(state);
            return state;
        });
        services.AddSingleton(provider => new TopGgRateLimiter(options, provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<SandboxRateCounters>()));
        services.AddSingleton(provider => new TopGgVoteDeliveryService(
            provider.GetRequiredService<SandboxOutbound>(),
            provider.GetRequiredService<TimeProvider>(),
            options));
    }

    protected override void MapApi(IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup(TopGgGate.Prefix);
        var bots = api.MapGroup("/bots").AddEndpointFilter(new TopGgGate(TopGgApiGeneration.V0, botsRoute: true));
        TopGgV0BotRoutes.Map(bots);
        TopGgV0VoteRoutes.Map(bots);
        TopGgV0StatsRoutes.Map(bots);
        TopGgV0MiscRoutes.Map(api, new TopGgGate(TopGgApiGeneration.V0, botsRoute: false));

        var project = api.MapGroup("/v1/projects/@me").AddEndpointFilter(new TopGgGate(TopGgApiGeneration.V1, botsRoute: false));
        TopGgV1ProjectRoutes.Map(project);
        TopGgV1VoteRoutes.Map(project);
        TopGgV1CommandRoutes.Map(project);
        TopGgV1AnnouncementRoutes.Map(project);
        TopGgV1MetricsRoutes.Map(project);
    }

    protected override void MapAdmin(IEndpointRouteBuilder admin)
    {
        TopGgAdminSeedRoutes.Map(admin);
        TopGgAdminInspectionRoutes.Map(admin);
        TopGgAdminRateLimitRoutes.Map(admin);
        TopGgAdminDeliveryRoutes.Map(admin);
    }

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);
}
