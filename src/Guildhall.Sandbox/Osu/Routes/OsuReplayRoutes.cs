using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.Osu.State;
using Guildhall.Sandbox.Osu.Wire;
using Microsoft.Extensions.DependencyInjection;

namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>
/// <c>/scores/{id}/download</c> and <c>/scores/{mode}/{legacy id}/download</c>: the score's replay as an <c>.osr</c>
/// file (<c>application/x-osu-replay</c>), 404 when the score has none. Besides the API's throttle, downloads have a
/// bucket of their own: <see cref="DownloadsPerMinute"/> a minute per token.
/// </summary>
internal static class OsuReplayRoutes
{
    /// <summary>osu-web's replay download throttle.</summary>
    public const int DownloadsPerMinute = 10;

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/scores/{score}/download", Download).Requires(OsuScopes.Public);
        api.MapGet("/scores/{ruleset}/{score}/download", DownloadLegacy).Requires(OsuScopes.Public);
    }

    private static IResult Download(HttpContext context, OsuWorld world, string score)
    {
        lock (world.Sync)
        {
            return Respond(context, world, long.TryParse(score, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? world.Scores.GetValueOrDefault(id) : null);
        }
    }

    private static IResult DownloadLegacy(HttpContext context, OsuWorld world, string ruleset, string score)
    {
        if (!OsuRuleset.TryParse(ruleset, out var rulesetId))
        {
            return OsuResponses.Error(StatusCodes.Status404NotFound, "unknown ruleset name");
        }

        lock (world.Sync)
        {
            return Respond(context, world, long.TryParse(score, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? world.FindLegacyScore(rulesetId, id) : null);
        }
    }

    private static IResult Respond(HttpContext context, OsuWorld world, OsuScore? score)
    {
        var services = context.RequestServices;
        var caller = OsuCaller.From(context);
        // The limiter's windows are keyed by caller alone, so the replay bucket names its keys apart from the API's.
        var key = "replay:" + (caller.Token is { } token ? "token:" + token.Id : "ip:" + context.Connection.RemoteIpAddress);
        var verdict = services.GetRequiredService<OsuRateLimiter>().Hit("replay", key, DownloadsPerMinute, 1, services.GetRequiredService<SandboxOptions>().EnforceRateLimits);
        if (!verdict.Allowed)
        {
            return OsuResponses.TooManyAttempts();
        }

        if (score is null || !score.HasReplay)
        {
            return OsuResponses.NotFound();
        }

        var file = OsuReplayFile.Write(score, world.Users[score.UserId], world.Beatmaps[score.BeatmapId]);
        var name = $"replay-{OsuRuleset.Name(score.RulesetId)}_{score.BeatmapId}_{score.LegacyScoreId ?? score.Id}.osr";
        return Results.File(file, "application/x-osu-replay", name);
    }
}
