using Guildhall.Sandbox.Faults;
using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.RateLimits;
using Guildhall.Sandbox.Tatsu.Admin;
using Guildhall.Sandbox.Tatsu.Routes;
using Guildhall.Sandbox.Tatsu.State;
using Guildhall.Sandbox.Tatsu.Wire;
using Microsoft.Extensions.DependencyInjection;

namespace Guildhall.Sandbox.Tatsu;

/// <summary>
/// The Tatsu API (<c>https://api.tatsu.gg/v1</c>) under <c>/tatsu/v1</c>: profiles, member and guild rankings,
/// points and score changes with Tatsu's permission rules, store listings, <c>{code, message}</c> error bodies, and
/// the 60-requests-a-minute limit per key with its <c>X-RateLimit-*</c> headers. Admin routes live under
/// <c>/_sandbox/tatsu</c>.
/// </summary>
internal sealed class TatsuEmulator : ISandboxEmulator
{
    /// <inheritdoc />
    public string Name => "tatsu";

    /// <inheritdoc />
    public IEnumerable<SandboxCredential> Credentials =>
    [
        new("tatsu", "API key (guild owner)", TatsuSandboxCredentials.GuildmasterKey,
            "Owns both seeded guilds: reads everything, changes points and score."),
        new("tatsu", "API key (member)", TatsuSandboxCredentials.ApprenticeKey,
            "Member of both seeded guilds without Manage Server: reads, gets 403 on changes."),
        new("tatsu", "API key (outsider)", TatsuSandboxCredentials.WandererKey,
            "In no seeded guild: profiles and store work, guild routes answer 403."),
    ];

    /// <inheritdoc />
    public IReadOnlyList<string> PathPrefixes { get; } = [TatsuGateway.Prefix, "/_sandbox/tatsu"];

    /// <summary>Tatsu's generic <c>{code, message}</c> error for the status, or the admin routes' <c>{"error"}</c>.</summary>
    public IResult RefuseBody(HttpRequest request, SandboxBodyRefusal refusal) =>
        request.Path.StartsWithSegments("/_sandbox")
            ? TatsuAdminJson.Problem(refusal.Status, refusal.Reason)
            : new TatsuReplyResult(TatsuReply.Generic(refusal.Status));

    /// <inheritdoc />
    public void AddServices(IServiceCollection services, SandboxOptions options)
    {
        services.AddSingleton<TatsuWorld>();
        services.AddSingleton(provider => new TatsuRateLimiter(provider.GetRequiredService<TimeProvider>(), options.EnforceRateLimits, provider.GetRequiredService<SandboxRateCounters>()));
        services.AddSingleton<TatsuRequestLog>();
        services.AddSingleton<ISandboxFaultObserver, TatsuFaultObserver>();
        services.AddSingleton<TatsuGateway>();
        services.AddSingleton<TatsuRoutes>();
        services.AddSingleton<TatsuAdminRoutes>();
    }

    /// <inheritdoc />
    public void MapRoutes(IEndpointRouteBuilder routes)
    {
        routes.ServiceProvider.GetRequiredService<TatsuRoutes>().Map(routes);
        routes.ServiceProvider.GetRequiredService<TatsuAdminRoutes>().Map(routes);
    }
}
