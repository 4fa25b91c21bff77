

using Guildhall.Sandbox.TopGg.State;
using Guildhall.Sandbox.TopGg.Wire;

namespace Guildhall.Sandbox.TopGg.Routes;

/// <summary>
/// <c>PATCH /v1/projects/@me/metrics</c> (answers the accepted metrics) and <c>POST /v1/projects/@me/metrics/batch</c>
/// (answers <c>{"data":[...]}</c>; the newest entry becomes the current stats). Both update what v0
/// <c>GET /bots/{id}/stats</c> reports.
/// </summary>
internal static class TopGgV1MetricsRoutes
{
    public static void Map(IEndpointRouteBuilder project)
    {
        project.MapPatch("/metrics", PatchAsync);
        project.MapPost("/metrics/batch", BatchAsync);
    }

    private static async Task<IResult> PatchAsync(HttpContext http, TopGgState state)
    {
        var (metrics, body, error) = await TopGgV1Body.ReadAsync(http, TopGgBotMetrics.Parse).ConfigureAwait(false);
        if (metrics is null)
        {
            return error!;
        }

        var (bot, _) = TopGgV1Targets.Me(http, state);
        state.Bots.Update(bot.Id, b => b with { Stats = metrics.ApplyTo(b.Stats) });
        state.RecordPosted(TopGgPostedKind.Metrics, bot.Id, http.Request, body);
        return TopGgJsonReplies.Json(metrics.ToJson());
    }

    private static async Task<IResult> BatchAsync(HttpContext http, TopGgState state)
    {
        var (entries, body, error) = await TopGgV1Body.ReadAsync(http, b => TopGgMetricsBatch.Parse(b, state.Now)).ConfigureAwait(false);
        if (entries is null)
        {
            return error!;
        }

        var (bot, _) = TopGgV1Targets.Me(http, state);
        var latest = entries.MaxBy(e => e.Timestamp).Metrics;
        state.Bots.Update(bot.Id, b => b with { Stats = latest.ApplyTo(b.Stats) });
        state.RecordPosted(TopGgPostedKind.Metrics, bot.Id, http.Request, body);
        return TopGgJsonReplies.Json(new JsonObject
        {
            ["data"] = new JsonArray([.. entries.Select(e => new JsonObject
            {
                ["timestamp"] = TopGgWireDates.V1(e.Timestamp),
                ["metrics"] = e.Metrics.ToJson(),
            })]),
        });
    }
}
