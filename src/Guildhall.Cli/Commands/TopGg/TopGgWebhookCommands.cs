using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Guildhall.Cli.Output;
using Guildhall.Redis;
using Guildhall.Sandbox.TopGg;
using Guildhall.TopGg.AspNetCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Guildhall.Cli.Commands.TopGg;

/// <summary><c>guildhall topgg listen</c> (a vote receiver) and <c>guildhall topgg send-vote</c> (a test delivery).</summary>
internal static class TopGgWebhookCommands
{
    public static Command Listen(TopGgCommandContext context)
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen.", DefaultValueFactory = _ => "http://127.0.0.1:5090" };
        var path = new Option<string>("--path") { Description = "The webhook's route.", DefaultValueFactory = _ => "/dbl" };
        var auth = new Option<string?>("--auth") { Description = "The legacy webhook's Authorization value. Defaults to TOPGG_WEBHOOK_AUTH." };
        var secret = new Option<string?>("--secret") { Description = "The V2 webhook secret (whs_...). Defaults to TOPGG_WEBHOOK_SECRET." };
        var command = new Command(
            "listen",
            "Receive vote webhooks (legacy and signed V2) and print each accepted delivery as one JSON line. With --redis, deliveries are deduplicated in Redis, so several listeners behind one URL handle each vote once.")
        {
            urls, path, auth, secret,
        };
        CommandRunner.SetAction(
            command,
            (parse, cancellationToken) => ListenAsync(
                parse.GetValue(urls)!,
                parse.GetValue(path)!,
                parse.GetValue(auth) ?? Environment.GetEnvironmentVariable("TOPGG_WEBHOOK_AUTH"),
                parse.GetValue(secret) ?? Environment.GetEnvironmentVariable("TOPGG_WEBHOOK_SECRET"),
                context.Api.RateLimits?.RedisConfiguration(parse),
                cancellationToken),
            listenAddress: urls);
        return command;
    }

    public static Command SendVote(TopGgCommandContext context)
    {
        var to = new Option<string>("--to") { Description = "The webhook URL to deliver to.", Required = true };
        var format = new Option<string>("--format") { Description = "legacy or v2.", DefaultValueFactory = _ => "legacy" };
        format.AcceptOnlyFromAmong("legacy", "v2");
        var auth = new Option<string?>("--auth") { Description = "The legacy Authorization value to send." };
        var secret = new Option<string?>("--secret") { Description = "The V2 webhook secret (whs_...) to sign with." };
        var user = new Option<ulong?>("--user") { Description = "The voter's Discord id (default: a sandbox voter)." };
        var bot = new Option<ulong?>("--bot") { Description = "The bot voted for (default: the sandbox bot)." };
        var guild = new Option<ulong?>("--guild") { Description = "Send a server vote for this guild instead of a bot vote." };
        var test = new Option<bool>("--test") { Description = "Send a test (legacy type test, V2 webhook.test) instead of a vote." };
        var weekend = new Option<bool>("--weekend") { Description = "Mark the vote as a weekend vote (counts double)." };
        var query = new Option<string?>("--query") { Description = "The vote page's query string, for example ?ref=docs." };
        var sandbox = new Option<string?>("--sandbox")
        {
            Description = "Deliver through the sandbox running at this address (for example http://127.0.0.1:5080), with Top.gg's retries. Without it (and without an explicit --base-url, which does the same), the command delivers directly; --base-url's Top.gg default plays no part here.",
        };
        var command = new Command(
            "send-vote",
            "Deliver a test vote to a webhook URL: directly, or through a running sandbox with --sandbox (or an explicit --base-url). Says whether the receiver took it as new or as a duplicate.")
        {
            to, format, auth, secret, user, bot, guild, test, weekend, query, sandbox,
        };
        CommandRunner.SetAction(command, async (parse, cancellationToken) =>
        {
            var isV2 = parse.GetValue(format) == "v2";
            var delivery = new TestVoteDelivery
            {
                V2 = isV2,
                IsServer = parse.GetValue(guild) is not null,
                TargetId = parse.GetValue(guild) ?? parse.GetValue(bot) ?? TopGgSandboxCredentials.BotId,
                UserId = parse.GetValue(user) ?? TopGgSandboxCredentials.RecentVoterId,
                IsTest = parse.GetValue(test),
                IsWeekend = parse.GetValue(weekend),
                Query = parse.GetValue(query),
                Secret = isV2 ? parse.GetValue(secret) : parse.GetValue(auth),
            };
            var target = HttpAddress.Parse(parse.GetValue(to), "--to", "give the webhook's full URL, for example http://127.0.0.1:8080/dbl.");
            using var http = new HttpClient();
            var sandboxAddress = parse.GetValue(sandbox) is { } given
                ? SandboxAddress(given)
                : parse.GetResult(context.Api.BaseUrl) is { Implicit: false } ? context.Api.GetBaseUri(parse) : null;
            var answer = sandboxAddress is not null
                ? await SendThroughSandboxAsync(http, sandboxAddress, target, delivery, cancellationToken).ConfigureAwait(false)
                : await SendDirectlyAsync(http, target, delivery, cancellationToken).ConfigureAwait(false);
            context.Write(parse, answer, CliJsonContext.Default.VoteDeliveryAnswer, (output, value) => output.WriteLine(value.Summary()));
        });
        return command;
    }

    private static async Task ListenAsync(string urls, string route, string? authorization, string? webhookSecret, string? redis, CancellationToken cancellationToken)
    {
        // Declared before the listener, so disposed after it: the listener lets the deliveries in flight finish, then
        // every line they queued is written and flushed before the process ends (Ctrl+C or SIGTERM loses no vote).
        await using var lines = ProcessStandardOutput.OpenLineWriter();
        await using var listener = new TopGgWebhookListener(
                urls,
                options =>
                {
                    options.Authorization = authorization;
                    options.Secret = webhookSecret;
                    options.AllowUnauthenticatedLegacy = authorization is null && webhookSecret is null;
                },
                services =>
                {
                    services.Configure<HostOptions>(host => host.ShutdownTimeout = GuildhallCommand.ServerShutdownTimeout);
                    if (redis is not null)
                    {
                        services.AddGuildhallRedis(redis);
                    }
                })
            .MapWebhooks(route)
            .OnEvent((webhookEvent, _) =>
            {
                WebhookEventJson.Print(webhookEvent, lines);
                return ValueTask.CompletedTask;
            });
        listener.App.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var address in listener.Addresses)
            {
                Console.Error.WriteLine($"Listening for Top.gg webhooks on {new Uri(address, route)}");
            }

            if (authorization is null && webhookSecret is null)
            {
                Console.Error.WriteLine("warning: no --auth or --secret: legacy deliveries are accepted without any check.");
            }

            Console.Error.WriteLine("Press Ctrl+C to stop.");
        });

        // Ctrl+C and SIGTERM cancel the token; the listener then lets deliveries in flight finish before it returns.
        await listener.RunAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<VoteDeliveryAnswer> SendDirectlyAsync(HttpClient http, Uri target, TestVoteDelivery delivery, CancellationToken cancellationToken)
    {
        using var request = delivery.CreateRequest(target, TimeProvider.System.GetUtcNow());
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            throw new CommandException($"no answer from {target} ({exception.Message}): is the receiver running, and is --to right?", CommandFailure.Failed, exception);
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new CommandException(
                    $"The receiver answered {(int)response.StatusCode} {response.ReasonPhrase}{(body.Length > 0 ? ": " + body : "")}", CommandFailure.Failed);
            }

            return new VoteDeliveryAnswer("direct", null, OutcomeOf(ReadReply(body)), (int)response.StatusCode, 1, body.Length > 0 ? body : null);
        }
    }

    /// <summary><c>duplicate</c> when the receiver said it had handled the vote before, else <c>delivered</c>.</summary>
    private static string OutcomeOf(JsonElement? reply) =>
        reply is { ValueKind: JsonValueKind.Object } answer && answer.TryGetProperty("status", out var status)
            && status.ValueKind == JsonValueKind.String && status.GetString() == "duplicate"
            ? "duplicate"
            : "delivered";

    private static JsonElement? ReadReply(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The sandbox's root from <c>--sandbox</c>.</summary>
    private static Uri SandboxAddress(string value) =>
        HttpAddress.Parse(value, "--sandbox", "use the sandbox's address, for example http://127.0.0.1:5080.");

    /// <summary>Asks the sandbox's admin route to deliver, and waits for the delivery (retries included) to end.</summary>
    private static async Task<VoteDeliveryAnswer> SendThroughSandboxAsync(HttpClient http, Uri sandbox, Uri target, TestVoteDelivery delivery, CancellationToken cancellationToken)
    {
        var request = new JsonObject
        {
            ["url"] = target.AbsoluteUri,
            ["format"] = delivery.V2 ? "v2" : "legacy",
            ["kind"] = delivery.IsServer ? "server" : "bot",
            ["secret"] = delivery.Secret,
            ["user"] = delivery.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [delivery.IsServer ? "guild" : "bot"] = delivery.TargetId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["type"] = delivery.IsTest ? "test" : "upvote",
            ["event"] = delivery.IsTest ? "webhook.test" : "vote.create",
            ["isWeekend"] = delivery.IsWeekend,
            ["query"] = delivery.Query,
            ["wait"] = true,
        };
        using var content = new StringContent(request.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri(sandbox, "/_sandbox/topgg/deliveries"), content, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new CommandException($"The sandbox refused the delivery ({(int)response.StatusCode}): {text}", CommandFailure.Failed);
        }

        using var record = JsonDocument.Parse(text);
        var root = record.RootElement;
        var attempts = root.GetProperty("attempts").EnumerateArray().ToList();
        var last = attempts.Count == 0 ? (JsonElement?)null : attempts[^1];
        int? statusCode = last?.GetProperty("status_code") is { ValueKind: JsonValueKind.Number } code ? code.GetInt32() : null;
        if (root.GetProperty("status").GetString() != "delivered")
        {
            var tried = string.Join(", ", attempts.Select(attempt => attempt.GetProperty("status_code") is { ValueKind: JsonValueKind.Number } each
                ? each.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)
                : attempt.GetProperty("outcome").GetString()));
            throw new CommandException($"The delivery {root.GetProperty("id").GetString()} failed after {attempts.Count} attempt(s) ({tried}).", CommandFailure.Failed);
        }

        JsonElement? reply = root.TryGetProperty("reply", out var kept) && kept.ValueKind != JsonValueKind.Null ? kept : null;
        return new VoteDeliveryAnswer("sandbox", root.GetProperty("id").GetString(), OutcomeOf(reply), statusCode, attempts.Count, reply?.GetRawText());
    }
}
