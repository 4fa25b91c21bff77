using System.Net;
using Guildhall.Core;
using Guildhall.Core.Errors;
using Guildhall.Sandbox.TopGg;
using Guildhall.TopGg.Tests.Infrastructure;

namespace Guildhall.TopGg.Tests.Sandbox;

/// <summary>Every error status, spoiled by the sandbox's fault injection, through the whole pipeline.</summary>
public sealed class ErrorStatusTests
{
    [Theory]
    [InlineData(400, """{"message":"limit must be a number"}""", typeof(ApiValidationException), "limit must be a number")]
    [InlineData(401, """{"error":"Unauthorized"}""", typeof(ApiUnauthorizedException), "Unauthorized")]
    [InlineData(403, """{"error":"Forbidden"}""", typeof(ApiForbiddenException), "Forbidden")]
    [InlineData(404, """{"message":"Bot not found"}""", typeof(ApiNotFoundException), "Bot not found")]
    [InlineData(500, """{"message":"Internal Server Error"}""", typeof(ApiServerException), "Internal Server Error")]
    public async Task V0_error_statuses_map_to_typed_exceptions(int status, string body, Type expected, string serverMessage)
    {
        await using var session = await SandboxSession.StartAsync();
        await session.InjectFaultAsync("/bots", status: status, body: body);

        var error = await Assert.ThrowsAnyAsync<GuildhallApiException>(() => session.Client.Bots.GetSelfAsync());

        Assert.IsType(expected, error);
        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal(serverMessage, error.ServerMessage);
        Assert.Equal("topgg", error.Api);
    }

    [Fact]
    public async Task Status_404_on_v1_carries_the_problem_title()
    {
        await using var session = await SandboxSession.StartAsync();
        await session.InjectFaultAsync("/v1/projects/@me", status: 404, body: """{"type":"about:blank","title":"Not Found","status":404,"detail":"No project for this token."}""", contentType: "application/problem+json");

        var error = await Assert.ThrowsAsync<ApiNotFoundException>(() => session.Client.Project.GetAsync());

        Assert.Equal("No project for this token.", error.ServerMessage);
    }

    [Fact]
    public async Task Status_429_with_the_header_blocks_the_token_for_the_header_wait()
    {
        await using var session = await SandboxSession.StartAsync();
        await session.InjectFaultAsync("/bots", status: 429, body: "", headers: new Dictionary<string, string> { ["Retry-After"] = "1200" });

        var error = await Assert.ThrowsAsync<ApiRateLimitedException>(() => session.Client.Bots.GetSelfAsync());
        var local = await Assert.ThrowsAsync<ApiRateLimitedException>(() => session.Client.IsWeekendAsync());

        Assert.False(error.IsClientSide);
        Assert.Equal(TimeSpan.FromSeconds(1200), error.RetryAfter);
        Assert.True(local.IsClientSide);
        Assert.Equal(TimeSpan.FromSeconds(1200), local.RetryAfter);
    }

    [Fact]
    public async Task Status_429_with_only_the_body_field_uses_it()
    {
        await using var session = await SandboxSession.StartAsync();
        await session.InjectFaultAsync("/bots", status: 429, body: """{"retry-after":2400}""");

        var error = await Assert.ThrowsAsync<ApiRateLimitedException>(() => session.Client.Bots.GetSelfAsync());

        Assert.Equal(TimeSpan.FromSeconds(2400), error.RetryAfter);
    }

    [Fact]
    public async Task Status_429_without_a_wait_assumes_the_one_hour_block()
    {
        await using var session = await SandboxSession.StartAsync();
        await session.InjectFaultAsync("/v1/projects/@me", kind: "html", status: 429);

        var error = await Assert.ThrowsAsync<ApiRateLimitedException>(() => session.Client.Project.GetAsync());

        Assert.Equal(TimeSpan.FromHours(1), error.RetryAfter);
    }

    [Fact]
    public async Task An_html_error_page_is_described_not_parsed()
    {
        await using var session = await SandboxSession.StartAsync();
        await session.InjectFaultAsync("/weekend", kind: "html", status: 502);

        var error = await Assert.ThrowsAsync<ApiServerException>(() => session.Client.IsWeekendAsync());

        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Contains("HTML", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.RawBody);
    }

    [Fact]
    public async Task A_truncated_success_body_is_an_invalid_response()
    {
        await using var session = await SandboxSession.StartAsync();
        await session.InjectFaultAsync("/bots", kind: "truncated");

        var error = await Assert.ThrowsAsync<ApiInvalidResponseException>(() => session.Client.Bots.GetPageAsync());

        Assert.Contains("malformed or truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dropped_connection_on_a_read_is_retried()
    {
        await using var session = await SandboxSession.StartAsync(options => options.Retry = new RetryOptions { MaxRetries = 1, BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero });
        await session.InjectFaultAsync("/bots", kind: "abort");

        var bot = await session.Client.Bots.GetSelfAsync();

        Assert.Equal(TopGgSandboxCredentials.BotId, bot.Id);
    }

    [Fact]
    public async Task A_5xx_on_a_read_is_retried_and_succeeds()
    {
        await using var session = await SandboxSession.StartAsync(options => options.Retry = new RetryOptions { MaxRetries = 2, BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero });
        await session.InjectFaultAsync("/bots", status: 503, body: """{"message":"busy"}""", times: 2);

        var bot = await session.Client.Bots.GetSelfAsync();

        Assert.Equal(TopGgSandboxCredentials.BotId, bot.Id);
    }

    [Fact]
    public async Task A_5xx_on_an_announcement_is_not_repeated()
    {
        await using var session = await SandboxSession.StartAsync(options => options.Retry = new RetryOptions { MaxRetries = 3, BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero });
        await session.InjectFaultAsync("/v1/projects/@me/announcements", status: 503, body: """{"title":"busy"}""", times: 2);

        await Assert.ThrowsAsync<ApiServerException>(() => session.Client.Project.PostAnnouncementAsync(new() { Title = "Version 2", Content = "Slash commands everywhere." }));
        using var pending = await session.Admin.GetAsync("_sandbox/faults");
        var faults = await pending.Content.ReadAsStringAsync();

        Assert.Contains("\"times\":1", faults, StringComparison.Ordinal);
    }
}
