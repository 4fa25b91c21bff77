using System.Security.Cryptography;
using Guildhall.Sandbox.TopGg.Admin;
using Guildhall.Sandbox.TopGg.State;

namespace Guildhall.Sandbox.TopGg.Delivery;

/// <summary>
/// Reads <c>POST /_sandbox/topgg/deliveries</c>:
/// <c>{url, format: legacy|v2, kind: bot|server, secret, user, bot | guild, type: upvote|test, query, isWeekend,
/// event: vote.create|webhook.test|integration.create|integration.delete, webhookSecret, connectionId}</c>.
/// Only <c>url</c> is required (and <c>secret</c> for V2); the user defaults to the documented recent voter, the bot
/// to the main sandbox bot, <c>isWeekend</c> to the clock.
/// </summary>
internal static class DeliveryRequestParser
{
    private static readonly string[] Events = ["vote.create", "webhook.test", "integration.create", "integration.delete"];

    public static (DeliveryRequest? Request, string? Error) Parse(JsonObject body, TopGgState state)
    {
        if (!AdminJson.TryReadString(body, "url", out var urlText) || !Uri.TryCreate(urlText, UriKind.Absolute, out var url)
            || url.Scheme is not ("http" or "https"))
        {
            return (null, "url must be an absolute http or https URL.");
        }

        if (!AdminJson.TryReadString(body, "format", out var formatText) || formatText is not (null or "legacy" or "v2"))
        {
            return (null, "format must be 'legacy' or 'v2'.");
        }

        var format = formatText == "v2" ? DeliveryFormat.V2 : DeliveryFormat.Legacy;
        if (!AdminJson.TryReadString(body, "kind", out var kind) || kind is not (null or "bot" or "server"))
        {
            return (null, "kind must be 'bot' or 'server'.");
        }

        kind ??= "bot";
        if (!AdminJson.TryReadString(body, "secret", out var secret)
            || (format == DeliveryFormat.V2 && secret?.StartsWith("whs_", StringComparison.Ordinal) != true))
        {
            return (null, "secret must be a string; V2 deliveries need the webhook's 'whs_' secret.");
        }

        if (!AdminJson.TryReadId(body, "user", TopGgSandboxCredentials.RecentVoterId, out var userId)
            || state.Users.FindByDiscordId(userId!.Value) is null)
        {
            return (null, "user must be the Discord id of a known user (seed one with POST /_sandbox/topgg/users).");
        }

        var targetName = kind == "bot" ? "bot" : "guild";
        if (!AdminJson.TryReadId(body, targetName, kind == "bot" ? TopGgSandboxCredentials.BotId : null, out var targetId)
            || targetId is null || (kind == "bot" && state.Bots.Find(targetId.Value) is null))
        {
            return (null, kind == "bot" ? "bot must be the id of a known bot." : "guild must be a guild id.");
        }

        if (!AdminJson.TryReadString(body, "type", out var voteType) || voteType is not (null or "upvote" or "test"))
        {
            return (null, "type must be 'upvote' or 'test'.");
        }

        if (!AdminJson.TryReadString(body, "event", out var eventName) || (eventName is not null && !Events.Contains(eventName)))
        {
            return (null, $"event must be one of: {string.Join(", ", Events)}.");
        }

        if (!AdminJson.TryReadString(body, "query", out var query)
            || !AdminJson.TryReadBool(body, "isWeekend", out var isWeekend)
            || !AdminJson.TryReadString(body, "webhookSecret", out var integrationSecret)
            || !AdminJson.TryReadId(body, "connectionId", null, out var connectionId))
        {
            return (null, "query and webhookSecret must be strings, isWeekend a boolean, connectionId a snowflake.");
        }

        var now = state.Now;
        return (new DeliveryRequest
        {
            Url = url,
            Format = format,
            Kind = kind,
            Secret = secret ?? "",
            UserId = userId.Value,
            TargetId = targetId.Value,
            VoteType = voteType ?? "upvote",
            Query = query,
            IsWeekend = isWeekend ?? TopGgWeekend.IsWeekend(now),
            Event = eventName ?? "vote.create",
            IntegrationSecret = integrationSecret ?? "whs_" + RandomNumberGenerator.GetHexString(32, lowercase: true),
            ConnectionId = connectionId ?? Snowflakes.At(now, state.NextSequence()),
        }, null);
    }
}
