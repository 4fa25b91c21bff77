

using Guildhall.Sandbox.TopGg.State;
using Guildhall.Sandbox.TopGg.Wire;

namespace Guildhall.Sandbox.TopGg.Admin;

/// <summary>
/// Vote webhook deliveries, sent like Top.gg sends them:
/// <list type="bullet">
/// <item><c>POST /_sandbox/topgg/deliveries</c> — body as <see cref="TopGgDeliveryRequestParser"/> describes, plus
/// <c>"wait": true</c> to answer only once the delivery is final (200) instead of at once (202). A delivered vote
/// (legacy <c>upvote</c>, V2 <c>vote.create</c>) for a bot is also recorded, so <c>/bots/check</c> reflects it. A
/// <c>url</c> that is not on loopback is refused (400) unless the sandbox allows remote delivery.</item>
/// <item><c>GET /_sandbox/topgg/deliveries</c> — every delivery.</item>
/// <item><c>GET /_sandbox/topgg/deliveries/{id}?wait=true&amp;timeout=30</c> — one delivery with its attempts;
/// <c>wait</c> holds the answer until it is final or <c>timeout</c> seconds pass.</item>
/// </list>
/// </summary>
internal static class TopGgAdminDeliveryRoutes
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(30);

    public static void Map(IEndpointRouteBuilder admin)
    {
        admin.MapPost("/deliveries", StartAsync);
        admin.MapGet("/deliveries", (TopGgVoteDeliveryService deliveries) =>
            TopGgJsonReplies.Json(new JsonArray([.. deliveries.All().Select(TopGgDeliveryJson.Write)])));
        admin.MapGet("/deliveries/{id}", GetAsync);
    }

    private static async Task<IResult> StartAsync(HttpContext http, TopGgState state, TopGgVoteDeliveryService deliveries, SandboxOutbound outbound)
    {
        var (body, unreadable) = await TopGgAdminJson.ReadObjectAsync(http).ConfigureAwait(false);
        if (unreadable is not null)
        {
            return unreadable;
        }

        var (request, error) = TopGgDeliveryRequestParser.Parse(body!, state);
        if (!TopGgAdminJson.TryReadBool(body!, "wait", out var wait))
        {
            error ??= "wait must be a boolean.";
        }

        if (request is null || error is not null)
        {
            return TopGgAdminJson.Error(error!);
        }

        if (outbound.Refusal(request.Url) is { } refusal)
        {
            return TopGgAdminJson.Error(refusal);
        }

        var vote = request.ReportsVote ? NewVote(request, state) : null;
        if (vote is not null && request.Kind == "bot")
        {
            state.RecordVote(vote);
        }

        var record = deliveries.Start(request, TopGgDeliveryPayloadBuilder.Build(request, state, vote));
        if (wait == true)
        {
            await deliveries.WaitAsync(record, DefaultWait, http.RequestAborted).ConfigureAwait(false);
        }

        return Reply(record, record.Finished.IsCompleted ? StatusCodes.Status200OK : StatusCodes.Status202Accepted);
    }

    private static async Task<IResult> GetAsync(string id, HttpContext http, TopGgVoteDeliveryService deliveries)
    {
        if (deliveries.Find(id) is not { } record)
        {
            return TopGgAdminJson.Error($"No delivery '{id}'.", StatusCodes.Status404NotFound);
        }

        if (http.Request.Query["wait"] == "true")
        {
            var seconds = int.TryParse(http.Request.Query["timeout"], NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0
                ? s
                : (int)DefaultWait.TotalSeconds;
            await deliveries.WaitAsync(record, TimeSpan.FromSeconds(seconds), http.RequestAborted).ConfigureAwait(false);
        }

        return Reply(record, StatusCodes.Status200OK);
    }

    private static TopGgVote NewVote(TopGgDeliveryRequest request, TopGgState state)
    {
        var now = state.Now;
        return new TopGgVote(
            TopGgSnowflakes.At(now, state.NextSequence()), request.TargetId, request.UserId, now, request.IsWeekend ? 2 : 1);
    }

    private static IResult Reply(TopGgDeliveryRecord record, int status) =>
        TopGgJsonReplies.Json(TopGgDeliveryJson.Write(record), status);
}
