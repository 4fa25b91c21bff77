using Guildhall.Sandbox.TopGg.State;
using Microsoft.AspNetCore.WebUtilities;

namespace Guildhall.Sandbox.TopGg.Wire;

/// <summary>
/// Builds the body Top.gg sends. Legacy: <c>{bot,user,type,isWeekend,query?}</c> or <c>{guild,user,type,query?}</c>.
/// V2: <c>{type, data}</c> with the event's data (<c>vote.create</c> carries the vote, project and user; the query is
/// parsed into an object).
/// </summary>
internal static class TopGgDeliveryPayloadBuilder
{
    /// <param name="request">What to deliver.</param>
    /// <param name="state">Where the user and bot are looked up.</param>
    /// <param name="vote">The vote being reported, when the delivery reports one.</param>
    public static string Build(TopGgDeliveryRequest request, TopGgState state, TopGgVote? vote) =>
        TopGgWireJson.Write(request.Format == TopGgDeliveryFormat.Legacy ? Legacy(request) : V2(request, state, vote));

    private static JsonObject Legacy(TopGgDeliveryRequest request)
    {
        var body = new JsonObject
        {
            [request.Kind == "bot" ? "bot" : "guild"] = TopGgV0Json.Id(request.TargetId),
            ["user"] = TopGgV0Json.Id(request.UserId),
            ["type"] = request.VoteType,
        };
        if (request.Kind == "bot")
        {
            body["isWeekend"] = request.IsWeekend;
        }

        if (request.Query is not null)
        {
            body["query"] = request.Query;
        }

        return body;
    }

    private static JsonObject V2(TopGgDeliveryRequest request, TopGgState state, TopGgVote? vote)
    {
        var user = TopGgV1Json.User(state.Users.FindByDiscordId(request.UserId)!);
        var project = request.Kind == "bot"
            ? TopGgV1Json.ProjectReference(state.Bots.Find(request.TargetId)!)
            : new JsonObject
            {
                ["id"] = TopGgV0Json.Id(request.TargetId),
                ["type"] = "server",
                ["platform"] = "discord",
                ["platform_id"] = TopGgV0Json.Id(request.TargetId),
            };
        JsonObject data = request.Event switch
        {
            "webhook.test" => new() { ["user"] = user, ["project"] = project },
            "integration.create" => new()
            {
                ["connection_id"] = TopGgV0Json.Id(request.ConnectionId),
                ["webhook_secret"] = request.IntegrationSecret,
                ["project"] = project,
                ["user"] = user,
            },
            "integration.delete" => new() { ["connection_id"] = TopGgV0Json.Id(request.ConnectionId) },
            _ => VoteData(request, vote!, project, user),
        };
        return new JsonObject { ["type"] = request.Event, ["data"] = data };
    }

    private static JsonObject VoteData(TopGgDeliveryRequest request, TopGgVote vote, JsonObject project, JsonObject user)
    {
        var data = new JsonObject
        {
            ["id"] = TopGgV0Json.Id(vote.Id),
            ["weight"] = vote.Weight,
            ["created_at"] = TopGgWireDates.V1(vote.CreatedAt),
            ["expires_at"] = TopGgWireDates.V1(vote.ExpiresAt),
            ["project"] = project,
        };
        if (!string.IsNullOrEmpty(request.Query))
        {
            data["query"] = new JsonObject(QueryHelpers.ParseQuery(request.Query)
                .Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value.ToString())));
        }

        data["user"] = user;
        return data;
    }
}
