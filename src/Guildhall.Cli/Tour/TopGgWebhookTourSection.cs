using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Guildhall.Sandbox.TopGg;
using Guildhall.TopGg;
using Guildhall.TopGg.AspNetCore;
using Guildhall.TopGg.Autopost;
using Guildhall.TopGg.Models;
using Guildhall.TopGg.Webhooks;

namespace Guildhall.Cli.Tour;

/// <summary>
/// Top.gg votes and stats the way a bot lives with them: the sandbox delivers a legacy and a signed V2 vote, with
/// Top.gg's retry schedule, to a webhook listener on a loopback port; then the autoposter runs one cycle.
/// </summary>
internal sealed class TopGgWebhookTourSection : ITourSection
{
    private const string LegacyAuthorization = "tour-legacy-auth";
    private const string WebhookSecret = "whs_tour_0123456789abcdef";

    public string Title => "Top.gg vote webhooks and the autoposter";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        var received = new List<TopGgVoteEvent>();
        await using var listener = new TopGgWebhookListener("http://127.0.0.1:0", options =>
            {
                options.Authorization = LegacyAuthorization;
                options.Secret = WebhookSecret;
            })
            .MapBotVotes("/dbl")
            .OnVote((vote, _) =>
            {
                lock (received)
                {
                    received.Add(vote);
                }

                return ValueTask.CompletedTask;
            });
        await listener.StartAsync(cancellationToken).ConfigureAwait(false);
        var webhookUrl = new Uri(listener.Addresses[0], "/dbl");
        using var admin = context.Sandbox.CreateClient("_sandbox/topgg");

        await context.StepAsync($"sandbox delivers a legacy vote (Authorization) to {webhookUrl}", async () =>
        {
            var delivery = await DeliverAsync(admin, webhookUrl, new JsonObject { ["format"] = "legacy", ["secret"] = LegacyAuthorization, ["query"] = "?ref=tour" }, cancellationToken).ConfigureAwait(false);
            var vote = Last<LegacyBotVoteEvent>(received);
            return $"{delivery}; handler got user {vote.UserId} for bot {vote.BotId}, query ref={vote.Query["ref"]}";
        }).ConfigureAwait(false);

        await context.StepAsync("sandbox delivers a signed V2 vote.create (x-topgg-signature, HMAC-SHA256)", async () =>
        {
            var delivery = await DeliverAsync(admin, webhookUrl, new JsonObject { ["format"] = "v2", ["secret"] = WebhookSecret }, cancellationToken).ConfigureAwait(false);
            var vote = Last<VoteCreateEvent>(received);
            return $"{delivery}; vote {vote.VoteId} by {vote.User.Name} (weight {vote.Weight}), trace {vote.TraceId}";
        }).ConfigureAwait(false);

        await context.StepAsync("a delivery signed with the wrong secret is refused (403, not retried)", async () =>
        {
            var delivery = await DeliverAsync(admin, webhookUrl, new JsonObject { ["format"] = "v2", ["secret"] = "whs_forged" }, cancellationToken, expectDelivered: false).ConfigureAwait(false);
            return delivery;
        }).ConfigureAwait(false);

        await context.StepAsync("autoposter: two clusters each run one cycle, posting only their own shards", async () =>
        {
            await using var topgg = new TopGgClient(TopGgSandboxCredentials.Token, new TopGgClientOptions { BaseAddress = context.Sandbox.GetApiBase("topgg/api") });
            var first = await RunOneCycleAsync(topgg, new Dictionary<int, long> { [0] = 320, [1] = 305 }, cancellationToken).ConfigureAwait(false);
            var second = await RunOneCycleAsync(topgg, new Dictionary<int, long> { [2] = 310, [3] = 295 }, cancellationToken).ConfigureAwait(false);
            var stats = await topgg.Bots.GetStatsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return $"{first + second} per-shard posts; Top.gg now shows {stats.ServerCount} servers on shards [{string.Join(", ", stats.Shards)}] of {stats.ShardCount}";
        }).ConfigureAwait(false);
    }

    /// <summary>Starts an autoposter for one cluster, waits for its first post, stops it; returns how many updates it posted.</summary>
    private static async Task<int> RunOneCycleAsync(TopGgClient topgg, Dictionary<int, long> ownedShards, CancellationToken cancellationToken)
    {
        var posted = new TaskCompletionSource<TopGgAutopostSucceededEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var autoposter = new TopGgAutoposter(topgg, new TopGgAutoposterOptions
        {
            StatsProvider = _ => ValueTask.FromResult<TopGgStatsUpdate?>(TopGgStatsUpdate.ForOwnedShards(4, ownedShards)),
        });
        autoposter.Posted += (_, args) => posted.TrySetResult(args);
        autoposter.Failed += (_, args) => posted.TrySetException(args.Exception);
        await autoposter.StartAsync(cancellationToken).ConfigureAwait(false);
        var cycle = await posted.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        return cycle.Stats.ServerCountByShard!.Count;
    }

    private static async Task<string> DeliverAsync(HttpClient admin, Uri url, JsonObject request, CancellationToken cancellationToken, bool expectDelivered = true)
    {
        request["url"] = url.AbsoluteUri;
        request["wait"] = true;
        using var content = new StringContent(request.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await admin.PostAsync(new Uri("deliveries", UriKind.Relative), content, cancellationToken).ConfigureAwait(false);
        using var record = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
        var status = record.RootElement.GetProperty("status").GetString();
        var codes = string.Join(", ", record.RootElement.GetProperty("attempts").EnumerateArray().Select(attempt => attempt.GetProperty("status_code").ToString()));
        if ((status == "delivered") != expectDelivered)
        {
            throw new InvalidOperationException($"The delivery ended {status} (answers: {codes}).");
        }

        return string.Create(CultureInfo.InvariantCulture, $"{status}, answered {codes}");
    }

    private static T Last<T>(List<TopGgVoteEvent> received)
        where T : TopGgVoteEvent
    {
        lock (received)
        {
            return received.OfType<T>().LastOrDefault() ?? throw new InvalidOperationException($"The handler received no {typeof(T).Name}.");
        }
    }
}
