using Guildhall.Sandbox.Tatsu.Admin;
using Guildhall.Sandbox.Tatsu.Routes;
using Guildhall.Sandbox.Tatsu.State;
using Guildhall.Sandbox.Tatsu.Wire;

namespace Guildhall.Sandbox.Tatsu;

/// <summary>
/// The Tatsu API (<c>https://api.tatsu.gg/v1</c>) under <c>/tatsu/v1</c>: profiles, member and guild rankings,
/// points and score changes with Tatsu's permission rules, store listings, <c>{code, message}</c> error bodies, and
/// the 60-requests-a-minute limit per key with its <c>X-RateLimit-*</c> headers. Admin routes live under
/// <c>/_sandbox/tatsu</c>.
/// </summary>
internal sealed class TatsuEmulator() : SandboxEmulator(ApiName, TatsuGateway.Prefix, new TatsuAdminFaultDialect())
{
    /// <summary>The emulator's name in admin routes and counters.</summary>
    public const string ApiName = "tatsu";

    /// <inheritdoc />
    public override IEnumerable<SandboxCredential> Credentials =>
    [
        new("tatsu", "API key (guild owner)", TatsuSandboxCredentials.GuildmasterKey,
            "Owns both seeded guilds: reads everything, changes points and score."),
        new("tatsu", "API key (member)", TatsuSandboxCredentials.ApprenticeKey,
            "Member of both seeded guilds without Manage Server: reads, gets 403 on changes."),
        new("tatsu", "API key (outsider)", TatsuSandboxCredentials.WandererKey,
            "In no seeded guild: profiles and store work, guild routes answer 403."),
    ];

    /// <summary>Tatsu's generic <c>{code, message}</c> error for the status, or the admin routes' <c>{"error"}</c>.</summary>
    public override IResult RefuseBody(HttpRequest request, SandboxBodyRefusal refusal) =>
        request.Path.StartsWithSegments("/_sandbox")
            ? TatsuAdminJson.Problem(refusal.Status, refusal.Reason)
            : new TatsuReplyResult(TatsuReply.Generic(refusal.Status));

    /// <inheritdoc />
    public override void AddServices(IServiceCollection services, SandboxOptions options)
    {
        services.AddSingleton<TatsuWorld>();
        services.AddSingleton(provider => new TatsuRateLimiter(
            new SandboxFixedWindows(ApiName, SandboxWindowAdmission.WholeCost, provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<SandboxRateCounters>()),
            options.EnforceRateLimits));
        services.AddSingleton<TatsuGateway>();
        services.AddSingleton<TatsuRoutes>();
        services.AddSingleton<TatsuAdminRoutes>();
    }

    /// <inheritdoc />
    protected override void MapApi(IEndpointRouteBuilder routes) => routes.ServiceProvider.GetRequiredService<TatsuRoutes>().Map(routes);

    /// <inheritdoc />
    protected override void MapAdmin(IEndpointRouteBuilder admin) => admin.ServiceProvider.GetRequiredService<TatsuAdminRoutes>().Map(admin);
}
