using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Guildhall.Core.Errors;
using Guildhall.Core.RateLimiting;
using Guildhall.Sandbox.TopGg;
using Guildhall.TopGg;
using Guildhall.TopGg.Models;

namespace Guildhall.Cli.Tour;

/// <summary>
/// Top.gg through the real client over loopback HTTP: every v0 and v1 route, shard-aware stats, cursor paging, the
/// legacy token rules, the client-side announcement budget, and a 429 that blocks the token locally.
/// </summary>
internal sealed class TopGgTourSection : ITourSection
{
    public string Title => "Top.gg (top.gg/api, v0 and v1)";

    public async Task RunAsync(TourContext context, CancellationToken cancellationToken)
    {
        // A fresh sandbox gets a fresh budget: the process-wide store may hold this token's budget from an earlier run.
        var options = new TopGgClientOptions
        {
            BaseAddress = context.Sandbox.GetApiBase("topgg/api"),
            RateLimitStore = new InMemoryRateLimitStore(),
        };
        await using var topgg = new TopGgClient(TopGgSandboxCredentials.Token, options);
        await RunV0Async(context, topgg, cancellationToken).ConfigureAwait(false);
        await RunV1Async(context, topgg, cancellationToken).ConfigureAwait(false);
        await RunTokenRulesAsync(context, options, cancellationToken).ConfigureAwait(false);
        await RunRateLimitAsync(context, options, cancellationToken).ConfigureAwait(false);
    }

    private static async Task RunV0Async(TourContext context, TopGgClient topgg, CancellationToken cancellationToken)
    {
        await context.StepAsync("GET /bots/{id} (bot id read from the token)", async () =>
        {
            var bot = await topgg.Bots.GetSelfAsync(cancellationToken).ConfigureAwait(false);
            return $"{bot.Username} ({bot.Id}), {bot.MonthlyPoints:N0} votes this month, listed {bot.SubmittedAt:yyyy-MM-dd}";
        }).ConfigureAwait(false);

        await context.StepAsync("GET /bots?limit&sort=-points&fields", async () =>
        {
            var page = await topgg.Bots.GetPageAsync(new TopGgBotQuery { Limit = 3, SortBy = "points", SortReversed = true, Fields = ["id", "username", "points"] }, cancellationToken).ConfigureAwait(false);
            return $"{page.Total} bots listed; top 3 by votes: {string.Join(", ", page.Results.Select(bot => bot.Username))}";
        }).ConfigureAwait(false);

        await context.StepAsync("stream every bot, 500 per request (AsyncPageable)", async () =>
        {
            var (pages, bots) = (0, 0);
            await foreach (var page in topgg.Bots.ListAsync().AsPages(cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                pages++;
                bots += page.Items.Count;
            }

            return $"{bots} bots in {pages} request(s)";
        }).ConfigureAwait(false);

        await context.StepAsync("POST /bots/{id}/stats for shard 0 of 2, then per-shard totals", async () =>
        {
            await topgg.Bots.PostStatsAsync(TopGgStatsUpdate.ForShard(shardId: 0, shardCount: 2, serverCount: 640), cancellationToken).ConfigureAwait(false);
            await topgg.Bots.PostStatsAsync(TopGgStatsUpdate.ForShards([640, 655]), cancellationToken).ConfigureAwait(false);
            return "shard_id 0 sent as 0; then 1,295 servers over 2 shards";
        }).ConfigureAwait(false);

        await context.StepAsync("negative server count rejected before sending", async () =>
        {
            try
            {
                await topgg.Bots.PostStatsAsync(-5, cancellationToken: cancellationToken).ConfigureAwait(false);
                throw new InvalidOperationException("a negative count was accepted");
            }
            catch (ArgumentOutOfRangeException exception)
            {
                return exception.Message.Split(" (Parameter", StringSplitOptions.None)[0];
            }
        }).ConfigureAwait(false);

        await context.StepAsync("GET /bots/{id}/stats", async () =>
        {
            var stats = await topgg.Bots.GetStatsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return $"{stats.ServerCount:N0} servers, shards [{string.Join(", ", stats.Shards)}], shard_count {stats.ShardCount}";
        }).ConfigureAwait(false);

        await context.StepAsync("GET /bots/{id}/votes?page=1", async () =>
        {
            var voters = await topgg.Bots.GetVotersPageAsync(1, cancellationToken).ConfigureAwait(false);
            return $"{voters.Count} recent voters, newest {voters[0].Username}";
        }).ConfigureAwait(false);

        await context.StepAsync("GET /bots/{id}/check?userId (recent and expired voters)", async () =>
        {
            var recent = await topgg.Bots.HasVotedAsync(TopGgSandboxCredentials.RecentVoterId, cancellationToken).ConfigureAwait(false);
            var expired = await topgg.Bots.HasVotedAsync(TopGgSandboxCredentials.ExpiredVoterId, cancellationToken).ConfigureAwait(false);
            return $"recent voter: {recent}, voter from yesterday: {expired}";
        }).ConfigureAwait(false);

        await context.StepAsync("GET /weekend", async () =>
        {
            var weekend = await topgg.IsWeekendAsync(cancellationToken).ConfigureAwait(false);
            return weekend ? "weekend: votes count double" : "not the weekend";
        }).ConfigureAwait(false);

        await context.StepAsync("GET /users/{id} (retired by Top.gg: 404, as the real service)", async () =>
        {
            try
            {
#pragma warning disable CS0618 // Showing that the retired route fails cleanly.
                await topgg.Users.GetAsync(TopGgSandboxCredentials.OwnerId, cancellationToken).ConfigureAwait(false);
#pragma warning restore CS0618
                throw new InvalidOperationException("the retired route answered");
            }
            catch (ApiNotFoundException exception)
            {
                return $"ApiNotFoundException: {exception.ServerMessage}";
            }
        }).ConfigureAwait(false);
    }

    private static async Task RunV1Async(TourContext context, TopGgClient topgg, CancellationToken cancellationToken)
    {
        await context.StepAsync("GET /v1/projects/@me", async () =>
        {
            var project = await topgg.Project.GetAsync(cancellationToken).ConfigureAwait(false);
            return $"project {project.Id}: {project.Type} on {project.Platform}, {project.Votes:N0} votes ({project.VotesTotal:N0} all time)";
        }).ConfigureAwait(false);

        await context.StepAsync("PATCH /v1/projects/@me (headline and page text per locale)", async () =>
        {
            var text = string.Concat(Enumerable.Repeat("Guildhall's sandbox bot: stats, votes and webhooks to test against. ", 5));
            await topgg.Project.UpdateAsync(new TopGgProjectUpdate
            {
                Headline = new Dictionary<string, string> { ["en"] = "Votes, stats and webhooks, offline", ["fr"] = "Votes, stats et webhooks, hors ligne" },
                Content = new Dictionary<string, string> { ["en"] = text },
            }, cancellationToken).ConfigureAwait(false);
            return "2 headlines and 1 page text sent as page_content";
        }).ConfigureAwait(false);

        await context.StepAsync("GET /v1/projects/@me/votes?startDate (cursor paging)", async () =>
        {
            var (pages, votes) = (0, 0);
            await foreach (var page in topgg.Project.ListVotesAsync(TimeProvider.System.GetUtcNow().AddDays(-30)).AsPages(cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                pages++;
                votes += page.Items.Count;
            }

            return $"{votes} votes in the last 30 days over {pages} page(s)";
        }).ConfigureAwait(false);

        await context.StepAsync("GET /v1/projects/@me/votes/{user_id}?source=discord", async () =>
        {
            var vote = await topgg.Project.GetVoteAsync(TopGgSandboxCredentials.RecentVoterId, TopGgUserSource.Discord, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("the recent voter has no vote");
            var none = await topgg.Project.GetVoteAsync(TopGgSandboxCredentials.ExpiredVoterId, TopGgUserSource.Discord, cancellationToken).ConfigureAwait(false);
            return $"weight {vote.Weight}, can vote again at {vote.ExpiresAt:HH:mm}Z; expired voter: {(none is null ? "none" : "a vote")}";
        }).ConfigureAwait(false);

        await context.StepAsync("POST /v1/projects/@me/commands", async () =>
        {
            using var document = JsonDocument.Parse("""[{"name":"vote","description":"Vote for the bot on Top.gg","type":1},{"name":"stats","description":"Show the bot's stats","type":1}]""");
            await topgg.Project.UpdateCommandsAsync([.. document.RootElement.EnumerateArray().Select(command => command.Clone())], cancellationToken).ConfigureAwait(false);
            return "2 slash commands replaced the list";
        }).ConfigureAwait(false);

        await context.StepAsync("POST /v1/projects/@me/announcements, then a second one refused locally", async () =>
        {
            var announcement = new TopGgNewAnnouncement { Title = "Sandbox tour", Content = "Every Top.gg route, offline.", Category = TopGgAnnouncementCategory.NewFeature };
            var posted = await topgg.Project.PostAnnouncementAsync(announcement, cancellationToken).ConfigureAwait(false);
            try
            {
                await topgg.Project.PostAnnouncementAsync(announcement, cancellationToken).ConfigureAwait(false);
                throw new InvalidOperationException("a second announcement within 4 hours was sent");
            }
            catch (ApiRateLimitedException exception) when (exception.IsClientSide)
            {
                return $"\"{posted.Title}\" posted; the next is {exception.RetryAfter.TotalHours:0.#} h away and was not sent";
            }
        }).ConfigureAwait(false);

        await context.StepAsync("PATCH /v1/projects/@me/metrics", async () =>
        {
            await topgg.Project.UpdateMetricsAsync(new TopGgMetrics { ServerCount = 1310, ShardCount = 2 }, cancellationToken).ConfigureAwait(false);
            var stats = await topgg.Bots.GetStatsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return $"v0 stats now say {stats.ServerCount:N0} servers";
        }).ConfigureAwait(false);

        await context.StepAsync("POST /v1/projects/@me/metrics/batch", async () =>
        {
            var now = TimeProvider.System.GetUtcNow();
            await topgg.Project.PostMetricsBatchAsync(
            [
                new TopGgMetricsEntry { Timestamp = now.AddMinutes(-20), Metrics = new TopGgMetrics { ServerCount = 1312 } },
                new TopGgMetricsEntry { Timestamp = now.AddMinutes(-10), Metrics = new TopGgMetrics { ServerCount = 1315 } },
            ], cancellationToken).ConfigureAwait(false);
            return "2 timestamped entries in {\"data\":[...]}";
        }).ConfigureAwait(false);
    }

    private static async Task RunTokenRulesAsync(TourContext context, TopGgClientOptions main, CancellationToken cancellationToken)
    {
        await context.StepAsync("legacy token: raw on v0, refused by v1", async () =>
        {
            await using var legacy = new TopGgClient(TopGgSandboxCredentials.LegacyToken, new TopGgClientOptions
            {
                LegacyToken = true,
                BaseAddress = main.BaseAddress,
                RateLimitStore = main.RateLimitStore,
            });
            var stats = await legacy.Bots.GetStatsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            try
            {
                await legacy.Project.GetAsync(cancellationToken).ConfigureAwait(false);
                throw new InvalidOperationException("v1 accepted a legacy token");
            }
            catch (ApiUnauthorizedException exception)
            {
                return $"v0 stats read ({stats.ServerCount:N0} servers); v1 said {(int)exception.StatusCode!}: {exception.ServerMessage}";
            }
        }).ConfigureAwait(false);

        await context.StepAsync("an unreadable token fails at construction, without echoing it", () =>
        {
            try
            {
                using var broken = new TopGgClient("not-a-top.gg-token");
                throw new InvalidOperationException("the broken token was accepted");
            }
            catch (ArgumentException exception)
            {
                return Task.FromResult(exception.Message.Split(". Copy", StringSplitOptions.None)[0]);
            }
        }).ConfigureAwait(false);
    }

    private static async Task RunRateLimitAsync(TourContext context, TopGgClientOptions main, CancellationToken cancellationToken)
    {
        await context.StepAsync("429 from Top.gg: the token is blocked locally until Retry-After ends", async () =>
        {
            await InjectRateLimitAsync(context, cancellationToken).ConfigureAwait(false);
            await using var topgg = new TopGgClient(TopGgSandboxCredentials.OtherBotToken, new TopGgClientOptions
            {
                BaseAddress = main.BaseAddress,
                RateLimitStore = main.RateLimitStore,
            });
            var server = await ExpectRateLimitAsync(() => topgg.Bots.GetSelfAsync(cancellationToken)).ConfigureAwait(false);
            var local = await ExpectRateLimitAsync(() => topgg.IsWeekendAsync(cancellationToken)).ConfigureAwait(false);
            return string.Create(CultureInfo.InvariantCulture, $"server said wait {server.RetryAfter.TotalMinutes:0} min; the next call failed fast without sending (client-side: {local.IsClientSide})");
        }).ConfigureAwait(false);
    }

    private static async Task InjectRateLimitAsync(TourContext context, CancellationToken cancellationToken)
    {
        using var admin = context.Sandbox.CreateClient();
        var fault = new JsonObject
        {
            ["path"] = "/topgg/api/bots",
            ["kind"] = "status",
            ["status"] = 429,
            ["body"] = """{"retry-after":3600}""",
            ["headers"] = new JsonObject { ["Retry-After"] = "3600" },
        };
        using var body = new StringContent(fault.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await admin.PostAsync(new Uri("_sandbox/faults", UriKind.Relative), body, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    private static async Task<ApiRateLimitedException> ExpectRateLimitAsync(Func<Task> call)
    {
        try
        {
            await call().ConfigureAwait(false);
        }
        catch (ApiRateLimitedException exception)
        {
            return exception;
        }

        throw new InvalidOperationException("the call was not rate limited");
    }
}
