using System.Text.Json;
using Guildhall.Core.Errors;
using Guildhall.Sandbox.TopGg;
using Guildhall.TopGg.Models;
using Guildhall.TopGg.Tests.Infrastructure;

namespace Guildhall.TopGg.Tests.Sandbox;

/// <summary>v1 project routes through the whole pipeline against the in-memory sandbox.</summary>
public sealed class V1ProjectRoutesTests
{
    [Fact]
    public async Task GetAsync_reads_the_project_of_the_token()
    {
        await using var session = await SandboxSession.StartAsync();

        var project = await session.Client.Project.GetAsync();

        Assert.Equal(TopGgSandboxCredentials.ProjectId, project.Id);
        Assert.Equal(TopGgProjectType.Bot, project.Type);
        Assert.Equal(TopGgPlatform.Discord, project.Platform);
        Assert.Equal(TopGgSandboxCredentials.BotId, project.PlatformId);
        Assert.Equal("Guildhall Sandbox", project.Name);
        Assert.Equal(4.8, project.ReviewScore);
        Assert.Equal(37, project.ReviewCount);
        Assert.True(project.VotesTotal >= project.Votes);
        Assert.NotEmpty(project.Tags);
    }

    [Theory]
    [InlineData(TopGgProjectContentField.PageContent, "page_content")]
    [InlineData(TopGgProjectContentField.Content, "content")]
    public async Task UpdateAsync_sends_the_page_text_under_the_configured_name(TopGgProjectContentField field, string wireName)
    {
        await using var session = await SandboxSession.StartAsync(options => options.Compatibility.ProjectContentField = field);
        var text = string.Concat(Enumerable.Repeat("A bot for tests of every kind. ", 12));

        await session.Client.Project.UpdateAsync(new TopGgProjectUpdate
        {
            Headline = new Dictionary<string, string> { ["en"] = "Now with a new headline", ["de"] = "Jetzt mit neuer Überschrift" },
            Content = new Dictionary<string, string> { ["en"] = text },
        });
        var body = (await session.GetPostedAsync("project-edits"))[0].GetProperty("body");
        var project = await session.Client.Project.GetAsync();

        Assert.Equal("Jetzt mit neuer Überschrift", body.GetProperty("headline").GetProperty("de").GetString());
        Assert.Equal(text, body.GetProperty(wireName).GetProperty("en").GetString());
        Assert.Equal("Now with a new headline", project.Headline);
    }

    [Fact]
    public async Task UpdateAsync_rejects_unknown_locales_and_empty_updates_before_sending()
    {
        await using var session = await SandboxSession.StartAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => session.Client.Project.UpdateAsync(new TopGgProjectUpdate()));
        await Assert.ThrowsAsync<ArgumentException>(() => session.Client.Project.UpdateAsync(new TopGgProjectUpdate { Headline = new Dictionary<string, string> { ["xx"] = "Headline" } }));

        Assert.Equal(0, (await session.GetPostedAsync("project-edits")).GetArrayLength());
    }

    [Fact]
    public async Task ListVotesAsync_follows_the_cursor_through_every_page_oldest_first()
    {
        await using var session = await SandboxSession.StartAsync();
        var since = session.Time.GetUtcNow().AddDays(-60);

        var votes = new List<TopGgVote>();
        var pages = 0;
        await foreach (var page in session.Client.Project.ListVotesAsync(since).AsPages())
        {
            pages++;
            votes.AddRange(page.Items);
        }

        Assert.True(pages > 1, $"expected several pages, got {pages}");
        Assert.All(votes, vote => Assert.True(vote.CreatedAt >= since));
        Assert.Equal(votes.OrderBy(vote => vote.CreatedAt).Select(vote => vote.CreatedAt), votes.Select(vote => vote.CreatedAt));
        Assert.Contains(votes, vote => vote.PlatformId == TopGgSandboxCredentials.RecentVoterId);
        Assert.All(votes, vote => Assert.True(vote.ExpiresAt > vote.CreatedAt && vote.Weight >= 1));
    }

    [Fact]
    public async Task ListVotesAsync_resumes_from_a_saved_cursor()
    {
        await using var session = await SandboxSession.StartAsync();
        var pageable = session.Client.Project.ListVotesAsync(session.Time.GetUtcNow().AddDays(-60));

        var all = new List<TopGgVote>();
        await foreach (var vote in pageable)
        {
            all.Add(vote);
        }

        string? cursor = null;
        await foreach (var page in pageable.AsPages())
        {
            cursor = page.ContinuationToken;
            break;
        }

        var rest = new List<TopGgVote>();
        await foreach (var page in pageable.AsPages(cursor))
        {
            rest.AddRange(page.Items);
        }

        Assert.NotNull(cursor);
        Assert.Equal(all.Skip(all.Count - rest.Count), rest);
    }

    [Fact]
    public async Task ListVotesAsync_refuses_a_start_more_than_a_year_back()
    {
        await using var session = await SandboxSession.StartAsync();

        Assert.Throws<ArgumentOutOfRangeException>(() => session.Client.Project.ListVotesAsync(session.Time.GetUtcNow().AddYears(-1).AddMinutes(-1)));
    }

    [Fact]
    public async Task GetVoteAsync_finds_a_recent_vote_by_either_id_and_none_otherwise()
    {
        await using var session = await SandboxSession.StartAsync();

        var byDiscord = await session.Client.Project.GetVoteAsync(TopGgSandboxCredentials.RecentVoterId, TopGgUserSource.Discord);
        var byTopGg = await session.Client.Project.GetVoteAsync(TopGgSandboxCredentials.RecentVoterTopGgId, TopGgUserSource.TopGg);
        var expired = await session.Client.Project.GetVoteAsync(TopGgSandboxCredentials.ExpiredVoterId, TopGgUserSource.Discord);
        var unknown = await session.Client.Project.GetVoteAsync(TopGgSandboxCredentials.UnknownId, TopGgUserSource.Discord);
        var wrongKind = await session.Client.Project.GetVoteAsync(TopGgSandboxCredentials.RecentVoterId, TopGgUserSource.TopGg);

        Assert.NotNull(byDiscord);
        Assert.Equal(byDiscord, byTopGg);
        Assert.True(byDiscord.ExpiresAt > session.Time.GetUtcNow());
        Assert.Null(expired);
        Assert.Null(unknown);
        Assert.Null(wrongKind);
    }

    [Theory]
    [InlineData(TopGgCommandsMethod.Post, "POST")]
    [InlineData(TopGgCommandsMethod.Put, "PUT")]
    public async Task UpdateCommandsAsync_uses_the_configured_verb(TopGgCommandsMethod method, string verb)
    {
        await using var session = await SandboxSession.StartAsync(options => options.Compatibility.CommandsMethod = method);
        var commands = JsonDocument.Parse("""[{"name":"ping","description":"Checks the bot is alive","type":1}]""").RootElement.EnumerateArray().ToList();

        await session.Client.Project.UpdateCommandsAsync(commands);
        var posted = (await session.GetPostedAsync("commands"))[0];

        Assert.Equal(verb, posted.GetProperty("method").GetString());
        Assert.Equal("ping", posted.GetProperty("body")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task UpdateCommandsAsync_surfaces_validation_errors()
    {
        await using var session = await SandboxSession.StartAsync();
        var commands = JsonDocument.Parse("""[{"description":"no name"}]""").RootElement.EnumerateArray().ToList();

        var error = await Assert.ThrowsAsync<ApiValidationException>(() => session.Client.Project.UpdateCommandsAsync(commands));

        Assert.NotEmpty(error.Errors);
        Assert.NotNull(error.RequestId);
    }

    [Fact]
    public async Task PostAnnouncementAsync_posts_once_and_the_client_keeps_the_four_hour_budget()
    {
        await using var session = await SandboxSession.StartAsync();
        var announcement = new TopGgNewAnnouncement { Title = "Version 2", Content = "Slash commands everywhere.", Category = TopGgAnnouncementCategory.NewFeature };

        var posted = await session.Client.Project.PostAnnouncementAsync(announcement);
        var refused = await Assert.ThrowsAsync<ApiRateLimitedException>(() => session.Client.Project.PostAnnouncementAsync(announcement));
        var stillWorks = await session.Client.Bots.GetStatsAsync();

        Assert.Equal("Version 2", posted.Title);
        Assert.NotNull(posted.CreatedAt);
        Assert.True(refused.IsClientSide);
        Assert.True(refused.RetryAfter > TimeSpan.FromHours(3.9));
        Assert.NotNull(stillWorks);
        Assert.Equal(1, (await session.GetPostedAsync("announcements")).GetArrayLength());
        await Assert.ThrowsAsync<ArgumentException>(() => session.Client.Project.PostAnnouncementAsync(announcement with { Title = "Hi" }));
    }

    [Fact]
    public async Task A_cooldown_answer_from_another_process_blocks_announcements_only()
    {
        await using var session = await SandboxSession.StartAsync();
        var announcement = new TopGgNewAnnouncement { Title = "Version 2", Content = "Slash commands everywhere." };
        await session.Client.Project.PostAnnouncementAsync(announcement);
        var otherProcess = session.CreateClient(TopGgSandboxCredentials.Token, options => options.RateLimitStore = new Core.RateLimiting.InMemoryRateLimitStore(session.Time));

        var error = await Assert.ThrowsAsync<ApiRateLimitedException>(() => otherProcess.Project.PostAnnouncementAsync(announcement));
        var project = await otherProcess.Project.GetAsync();

        Assert.False(error.IsClientSide);
        Assert.True(error.RetryAfter > TimeSpan.FromHours(3.9));
        Assert.Equal(TopGgSandboxCredentials.ProjectId, project.Id);
    }

    [Fact]
    public async Task Metrics_update_the_stats_v0_reports()
    {
        await using var session = await SandboxSession.StartAsync();

        await session.Client.Project.UpdateMetricsAsync(new TopGgMetrics { ServerCount = 4321, ShardCount = 4 });
        var stats = await session.Client.Bots.GetStatsAsync();

        Assert.Equal(4321, stats.ServerCount);
        Assert.Equal(4, stats.ShardCount);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => session.Client.Project.UpdateMetricsAsync(new TopGgMetrics { ServerCount = -1 }));
        await Assert.ThrowsAsync<ArgumentException>(() => session.Client.Project.UpdateMetricsAsync(new TopGgMetrics()));
    }

    [Theory]
    [InlineData(TopGgMetricsBatchBody.DataEnvelope)]
    [InlineData(TopGgMetricsBatchBody.BareArray)]
    public async Task PostMetricsBatchAsync_sends_the_configured_shape(TopGgMetricsBatchBody shape)
    {
        await using var session = await SandboxSession.StartAsync(options => options.Compatibility.MetricsBatchBody = shape);
        var now = session.Time.GetUtcNow();

        await session.Client.Project.PostMetricsBatchAsync(
        [
            new TopGgMetricsEntry { Timestamp = now.AddMinutes(-10), Metrics = new TopGgMetrics { ServerCount = 100 } },
            new TopGgMetricsEntry { Timestamp = now, Metrics = new TopGgMetrics { ServerCount = 110 } },
        ]);
        var body = (await session.GetPostedAsync("metrics"))[0].GetProperty("body");
        var stats = await session.Client.Bots.GetStatsAsync();

        Assert.Equal(shape == TopGgMetricsBatchBody.BareArray ? JsonValueKind.Array : JsonValueKind.Object, body.ValueKind);
        Assert.Equal(110, stats.ServerCount);
    }

    [Fact]
    public async Task PostMetricsBatchAsync_rejects_bad_batches_before_sending()
    {
        await using var session = await SandboxSession.StartAsync();
        var now = session.Time.GetUtcNow();
        var entry = new TopGgMetricsEntry { Timestamp = now, Metrics = new TopGgMetrics { ServerCount = 1 } };

        await Assert.ThrowsAsync<ArgumentException>(() => session.Client.Project.PostMetricsBatchAsync([]));
        await Assert.ThrowsAsync<ArgumentException>(() => session.Client.Project.PostMetricsBatchAsync(Enumerable.Repeat(entry, 101).ToList()));
        await Assert.ThrowsAsync<ArgumentException>(() => session.Client.Project.PostMetricsBatchAsync([entry with { Timestamp = now.AddMinutes(6) }]));
        await Assert.ThrowsAsync<ArgumentException>(() => session.Client.Project.PostMetricsBatchAsync([entry with { Metrics = new TopGgMetrics { MemberCount = 5, OnlineCount = 6 } }]));

        Assert.Equal(0, (await session.GetPostedAsync("metrics")).GetArrayLength());
    }
}
