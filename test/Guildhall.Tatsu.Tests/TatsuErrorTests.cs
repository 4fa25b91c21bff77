using System.Net;
using Guildhall.Core.Errors;
using Guildhall.Sandbox.Tatsu;
using static Guildhall.Sandbox.Tatsu.TatsuSandboxData;

namespace Guildhall.Tatsu.Tests;

public sealed class TatsuErrorTests
{
    private static readonly string ProfileLine = $"GET /users/{SupporterUserId}/profile";

    [Fact]
    public async Task A_wrong_key_is_unauthorized_and_never_appears_in_the_error()
    {
        const string wrongKey = "tatsu-key-that-does-not-exist";
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient(wrongKey);

        var error = await Assert.ThrowsAsync<ApiUnauthorizedException>(() => tatsu.Users.GetProfileAsync(SupporterUserId));

        Assert.Equal("401: Unauthorized", error.ServerMessage);
        Assert.DoesNotContain(wrongKey, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(wrongKey, error.RawBody ?? "", StringComparison.Ordinal);
        Assert.Equal([$"{ProfileLine} 401"], await bed.RequestLinesAsync());
    }

    [Fact]
    public async Task A_read_is_repeated_after_a_server_error()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        await bed.InjectFaultAsync("""{"kind":"status","status":500}""");
        var tatsu = bed.CreateClient();

        var profile = await bed.Time.RunUntilCompleteAsync(tatsu.Users.GetProfileAsync(SupporterUserId));

        Assert.Equal(SupporterUserId, profile.UserId);
        Assert.Equal([$"{ProfileLine} 500", $"{ProfileLine} 200"], await bed.RequestLinesAsync());
    }

    [Fact]
    public async Task A_read_is_repeated_after_a_dropped_connection()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        await bed.InjectFaultAsync("""{"kind":"abort"}""");
        var tatsu = bed.CreateClient();

        var profile = await bed.Time.RunUntilCompleteAsync(tatsu.Users.GetProfileAsync(SupporterUserId));

        Assert.Equal(SupporterUserId, profile.UserId);
        Assert.Equal([$"{ProfileLine} 0", $"{ProfileLine} 200"], await bed.RequestLinesAsync());
    }

    [Fact]
    public async Task An_html_error_page_gives_a_clear_server_error_after_the_retries()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        await bed.InjectFaultAsync("""{"kind":"html","status":502,"times":10}""");
        var tatsu = bed.CreateClient();

        var error = await Assert.ThrowsAsync<ApiServerException>(() => bed.Time.RunUntilCompleteAsync(tatsu.Users.GetProfileAsync(SupporterUserId)));

        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Contains("HTML page titled \"502 Error\"", error.Message);
        Assert.Null(error.ErrorCode);
        Assert.StartsWith("<!DOCTYPE html>", error.RawBody);
        Assert.Equal(4, (await bed.RequestsAsync()).Count);
    }

    [Fact]
    public async Task An_html_error_page_on_a_change_fails_at_once()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        await bed.InjectFaultAsync("""{"kind":"html","status":503,"method":"PATCH"}""");
        var tatsu = bed.CreateClient();

        var error = await Assert.ThrowsAsync<ApiServerException>(() => tatsu.Members.AddScoreAsync(TavernGuildId, ApprenticeUserId, 5));

        Assert.Contains("HTML page", error.Message);
        Assert.Single(await bed.RequestsAsync());
    }

    [Fact]
    public async Task A_truncated_success_body_is_an_invalid_response()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        await bed.InjectFaultAsync("""{"kind":"truncated"}""");
        var tatsu = bed.CreateClient();

        var error = await Assert.ThrowsAsync<ApiInvalidResponseException>(() => tatsu.Rankings.GetGuildRankingsPageAsync(TavernGuildId));

        Assert.Contains("malformed or truncated", error.Message);
        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
    }

    [Fact]
    public async Task A_success_body_of_the_wrong_shape_is_an_invalid_response()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        await bed.PutAdminAsync($"users/{UnknownUserId}/profile", """{"id":"not-a-snowflake","username":"broken"}""");
        var tatsu = bed.CreateClient();

        var error = await Assert.ThrowsAsync<ApiInvalidResponseException>(() => tatsu.Users.GetProfileAsync(UnknownUserId));

        Assert.Contains("TatsuUserProfile", error.Message);
        Assert.Equal("tatsu.users.profile.get", error.Operation);
        Assert.Contains("not-a-snowflake", error.RawBody);
    }

    [Fact]
    public async Task A_cancelled_token_sends_nothing()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => tatsu.Users.GetProfileAsync(SupporterUserId, new CancellationToken(canceled: true)));
        Assert.Empty(await bed.RequestsAsync());
    }

    [Fact]
    public async Task Cancelling_while_waiting_for_a_rate_limit_slot_gives_up_the_wait()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        var tatsu = bed.CreateClient(configure: options => options.RequestsPerMinute = 1);
        await tatsu.Users.GetProfileAsync(SupporterUserId);
        using var cancellation = new CancellationTokenSource();

        var waiting = tatsu.Users.GetProfileAsync(SupporterUserId, cancellation.Token);
        Assert.False(waiting.IsCompleted);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Single(await bed.RequestsAsync());
    }

    [Fact]
    public async Task A_call_slower_than_the_timeout_fails_with_a_timeout()
    {
        await using var bed = await TatsuTestBed.StartAsync();
        await bed.InjectFaultAsync("""{"kind":"delay","delay_ms":300000}""");
        var tatsu = bed.CreateClient(configure: options => options.Timeout = TimeSpan.FromSeconds(20));

        var error = await Assert.ThrowsAsync<TimeoutException>(
            () => bed.Time.RunUntilCompleteAsync(tatsu.Users.GetProfileAsync(SupporterUserId), horizon: TimeSpan.FromSeconds(30)));

        Assert.Contains("tatsu.users.profile.get", error.Message);
    }
}
