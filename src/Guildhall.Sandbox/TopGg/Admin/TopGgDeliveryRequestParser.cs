using System.Security.Cryptography;
using Guildhall.Sandbox.TopGg.State;

namespace Guildhall.Sandbox.TopGg.Admin;

/// <summary>
/// Reads <c>POST /_sandbox/topgg/deliveries</c>:
/// <c>{url, format: legacy|v2, kind: bot|server, secret, user, bot | guild, type: upvote|test, query, isWeekend,
/// event: vote.create|webhook.test|integration.create|integration.delete, webhookSecret, connectionId}</c>.
/// Only <c>url</c> is required (and <c>secret</c> for V2); the user defaults to the documented recent voter, the bot
/// to the main sandbox bot, <c>isWeekend</c> to the clock.
/// </summary>
internal static class TopGgDeliveryRequestParser
{
    private static readonly string[] Events = ["vote.create", "webhook.test", "integration.create", "integration.delete"];

    public static (TopGgDeliveryRequest? Request, string? Error) Parse(JsonObject body, TopGgState state)
    {
        if (!TopGgAdminJson.TryReadString(body, "url", out var urlText) || !Uri.TryCreate(urlText, UriKind.Absolute, out var url)
            || url.Scheme is not ("http" or "https"))
        {
            return (null, "url must be an absolute http or https URL.");
        }

        if (!TopGgAdminJson.TryReadString(body, "format", out var formatText) || formatText is not (null or "legacy" or "v2"))
        {
            return (null, "format must be 'legacy' or 'v2'.");
        }

        var format = formatText == "v2" ? TopGgDeliveryFormat.V2 : TopGgDeliveryFormat.Legacy;
        if (!TopGgAdminJson.TryReadString(body, "kind", out var kind) || kind is not (null or "bot" or "server"))
        {
            return (null, "kind must be 'bot' or 'server'.");
        }

        kind ??= "bot";
        if (!TopGgAdminJson.TryReadString(body, "secret", out var secret)
            || (format == TopGgDeliveryFormat.V2 && secret?.StartsWith("whs_", StringComparison.Ordinal) != true))
        {
            return (null, "secret must be a string; V2 deliveries need the webhook's 'whs_' secret.");
        }

        if (!TopGgAdminJson.TryReadId(body, "user", TopGgSandboxCredentials.RecentVoterId, out var userId)
            || state.Users.FindByDiscordId(userId!.Value) is null)
        {
            return (null, "user must be the Discord id of a known user (seed one with POST /_sandbox/topgg/users).");
        }

        var targetName = kind == "bot" ? "bot" : "guild";
        if (!TopGgAdminJson.TryReadId(body, targetName, kind == "bot" ? TopGgSandboxCredentials.BotId : null, out var targetId)
            || targetId is null || (kind == "bot" && state.Bots.Find(targetId.Value) is null))
        {
            return (null, kind == "bot" ? "bot must be the id of a known bot." : "guild must be a guild id.");
        }

        if (!TopGgAdminJson.TryReadString(body, "type", out var voteType) || voteType is not (null or "upvote" or "test"))
        {
            return (null, "type must be 'upvote' or 'test'.");
        }

        if (!TopGgAdminJson.TryReadString(body, "event", out var eventName) || (eventName is not null && !Events.Contains(eventName)))
        {
            return (null, $"event must be one of: {string.Join(", ", Events)}.");
        }

        if (!TopGgAdminJson.TryReadString(body, "query", out var query)
            || !TopGgAdminJson.TryReadBool(body, "isWeekend", out var isWeekend)
            || !TopGgAdminJson.TryReadString(body, "webhookSecret", out var integrationSecret)
            || !TopGgAdminJson.TryReadId(body, "connectionId", null, out var connectionId))
        {
            return (null, "query and webhookSecret must be strings, isWeekend a boolean, connectionId a snowflake.");
        }

        var now = state.Now;
        return (new TopGgDeliveryRequest
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
            ConnectionId = connectionId ?? TopGgSnowflakes.At(now, state.NextSequence()),
        }, null);
    }
}
