using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Guildhall.Sandbox.TopGg;
using Guildhall.TopGg.Webhooks;
using Microsoft.AspNetCore.WebUtilities;

namespace Guildhall.Cli.Commands.TopGg;

/// <summary>
/// A test delivery composed and sent by the CLI itself, the way Top.gg sends it: a legacy body with
/// <c>Authorization</c>, or a V2 envelope signed with the <c>whs_</c> secret and carrying a trace id. The body has the
/// fields, in the order, the sandbox's own delivery of the same vote has (the query as an object, the user's
/// <c>avatar_url</c>), and for the sandbox's bot and voters the same project and user ids; only what the CLI cannot know
/// offline differs (the voter's name, the vote's id and times).
/// </summary>
internal sealed record TestVoteDelivery
{
    /// <summary>Snowflake ids count milliseconds from the start of 2015.</summary>
    private const long DiscordEpochMilliseconds = 1_420_070_400_000;

    public required bool V2 { get; init; }

    public required bool IsServer { get; init; }

    public required ulong TargetId { get; init; }

    public required ulong UserId { get; init; }

    public required bool IsTest { get; init; }

    public required bool IsWeekend { get; init; }

    public string? Query { get; init; }

    /// <summary>The legacy <c>Authorization</c> value or the V2 secret.</summary>
    public string? Secret { get; init; }

    public HttpRequestMessage CreateRequest(Uri target, DateTimeOffset now)
    {
        var body = V2 ? V2Body(now) : LegacyBody();
        var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        if (V2)
        {
            var secret = Secret ?? throw new ArgumentException("A V2 delivery needs the webhook's whs_ secret (--secret).");
            request.Headers.TryAddWithoutValidation(TopGgWebhookSignature.HeaderName, TopGgWebhookSignature.Create(body, secret, now));
            request.Headers.TryAddWithoutValidation(TopGgWebhookSignature.TraceHeaderName, RandomNumberGenerator.GetHexString(32, lowercase: true));
        }
        else if (Secret is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", Secret);
        }

        return request;
    }

    /// <summary>The members for <see cref="object.ToString"/>, with the secret redacted.</summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(
            CultureInfo.InvariantCulture,
            $"V2 = {V2}, IsServer = {IsServer}, TargetId = {TargetId}, UserId = {UserId}, IsTest = {IsTest}, IsWeekend = {IsWeekend}, Query = {Query}, Secret = {(Secret is null ? "null" : "(redacted)")}");
        return true;
    }

    private byte[] LegacyBody() => Json(writer =>
    {
        writer.WriteString(IsServer ? "guild" : "bot", Id(TargetId));
        writer.WriteString("user", Id(UserId));
        writer.WriteString("type", IsTest ? "test" : "upvote");
        if (!IsServer)
        {
            writer.WriteBoolean("isWeekend", IsWeekend);
        }

        if (Query is not null)
        {
            writer.WriteString("query", Query);
        }
    });

    private byte[] V2Body(DateTimeOffset now) => Json(writer =>
    {
        writer.WriteString("type", IsTest ? WebhookTestEvent.EventType : VoteCreateEvent.EventType);
        writer.WriteStartObject("data");
        if (!IsTest)
        {
            writer.WriteString("id", Id((ulong)(now.ToUnixTimeMilliseconds() - DiscordEpochMilliseconds) << 22));
            writer.WriteNumber("weight", IsWeekend ? 2 : 1);
            writer.WriteString("created_at", now);
            writer.WriteString("expires_at", now.AddHours(12));
        }

        writer.WriteStartObject("project");
        writer.WriteString("id", Id(!IsServer && TargetId == TopGgSandboxCredentials.BotId ? TopGgSandboxCredentials.ProjectId : TargetId));
        writer.WriteString("type", IsServer ? "server" : "bot");
        writer.WriteString("platform", "discord");
        writer.WriteString("platform_id", Id(TargetId));
        writer.WriteEndObject();
        if (!IsTest && !string.IsNullOrEmpty(Query))
        {
            writer.WriteStartObject("query");
            foreach (var (name, values) in QueryHelpers.ParseQuery(Query))
            {
                writer.WriteString(name, values.ToString());
            }

            writer.WriteEndObject();
        }

        writer.WriteStartObject("user");
        writer.WriteString("id", Id(TopGgUserId(UserId)));
        writer.WriteString("platform_id", Id(UserId));
        writer.WriteString("name", "guildhall-cli");
        writer.WriteNull("avatar_url");
        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    private static byte[] Json(Action<Utf8JsonWriter> fields)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            fields(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The Top.gg id of a sandbox voter; any other user's Discord id stands in for it.</summary>
    private static ulong TopGgUserId(ulong discordId) => discordId switch
    {
        TopGgSandboxCredentials.RecentVoterId => TopGgSandboxCredentials.RecentVoterTopGgId,
        TopGgSandboxCredentials.ExpiredVoterId => TopGgSandboxCredentials.ExpiredVoterTopGgId,
        TopGgSandboxCredentials.NonVoterId => TopGgSandboxCredentials.NonVoterTopGgId,
        _ => discordId,
    };

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);
}
