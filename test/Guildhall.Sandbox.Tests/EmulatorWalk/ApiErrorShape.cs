using System.Text.Json;
using System.Text.Json.Nodes;

namespace Guildhall.Sandbox.Tests.EmulatorWalk;

/// <summary>What each emulated API's error bodies look like, so a walk can tell an API's own error from anything else.</summary>
public static class ApiErrorShape
{
    /// <summary>Why <paramref name="body"/> is not the error shape of the route's API, or <see langword="null"/> when it is.</summary>
    public static string? Problem(RouteProbe probe, HttpResponseMessage response, string body)
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType is not ("application/json" or "application/problem+json"))
        {
            return $"the error is {mediaType ?? "untyped"}, not JSON";
        }

        JsonObject error;
        try
        {
            if (JsonNode.Parse(body) is not JsonObject parsed)
            {
                return "the error body is not a JSON object";
            }

            error = parsed;
        }
        catch (JsonException)
        {
            return "the error body is not JSON";
        }

        var path = probe.Path;
        return probe switch
        {
            { IsAdmin: true } or { Api: "host" } => Has(error, "error") || Has(error, "message") ? null : "an admin error has neither error nor message",
            { Api: "topgg" } when path.StartsWith("/topgg/api/v1", StringComparison.Ordinal) =>
                mediaType == "application/problem+json" && Has(error, "title") && error["status"] is JsonValue ? null : "a Top.gg v1 error is not problem details",
            { Api: "topgg" } => Has(error, "message") || Has(error, "error") ? null : "a Top.gg v0 error has neither message nor error",
            { Api: "tatsu" } => error["code"] is JsonValue code && code.GetValueKind() == JsonValueKind.Number && Has(error, "message") ? null : "a Tatsu error is not {code, message}",
            { Api: "osu" } when path.StartsWith("/osu/oauth", StringComparison.Ordinal) =>
                Has(error, "error") && Has(error, "error_description") ? null : "an osu! OAuth error is not {error, error_description}",
            { Api: "osu" } => error.ContainsKey("error") || Has(error, "authentication") ? null : "an osu! error has no error member",
            { Api: "polympics" } => Has(error, "detail") || error["detail"] is JsonArray ? null : "a Polympics error has no detail",
            _ => $"no error shape is known for {probe.Api}",
        };
    }

    private static bool Has(JsonObject body, string name) =>
        body[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>().Length > 0;
}
