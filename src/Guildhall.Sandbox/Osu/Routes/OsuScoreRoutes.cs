

using Guildhall.Sandbox.Osu.State;
using Guildhall.Sandbox.Osu.Wire;

namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>
/// <c>/scores/{id}</c> (solo score id) and <c>/scores/{mode}/{id}</c> (stable score id). Ids that are not positive
/// integers answer <c>Invalid score id.</c>; unknown ones the model error for <c>Solo\Score</c>.
/// </summary>
internal static class OsuScoreRoutes
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/scores/{score}", Show).Requires(OsuScopes.Public);
        api.MapGet("/scores/{ruleset}/{score}", ShowLegacy).Requires(OsuScopes.Public);
    }

    private static IResult Show(HttpContext context, OsuWorld world, string score)
    {
        if (ParseId(score) is not { } id)
        {
            return InvalidId();
        }

        lock (world.Sync)
        {
            return Respond(context, world, world.Scores.GetValueOrDefault(id));
        }
    }

    private static IResult ShowLegacy(HttpContext context, OsuWorld world, string ruleset, string score)
    {
        if (!OsuRuleset.TryParse(ruleset, out var rulesetId))
        {
            return OsuResponses.Error(StatusCodes.Status404NotFound, "unknown ruleset name");
        }

        if (ParseId(score) is not { } id)
        {
            return InvalidId();
        }

        lock (world.Sync)
        {
            return Respond(context, world, world.FindLegacyScore(rulesetId, id));
        }
    }

    private static IResult Respond(HttpContext context, OsuWorld world, OsuScore? score) =>
        score is null
            ? OsuResponses.ModelNotFound("Solo\\Score")
            : OsuResponses.Json(OsuScorePresenter.ForShow(OsuRequestView.Of(context, world), score));

    private static long? ParseId(string value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    private static IResult InvalidId() => OsuResponses.Error(StatusCodes.Status404NotFound, "Invalid score id.");
}
