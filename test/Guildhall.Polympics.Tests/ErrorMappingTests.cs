using System.Net;
using Guildhall.Core.Errors;
using Guildhall.Sandbox.Polympics;

namespace Guildhall.Polympics.Tests;

public sealed class ErrorMappingTests : PolympicsClientTestBase
{
    private async Task HostFaultAsync(string kind, string path)
    {
        using var http = Sandbox.CreateClient();
        using var response = await http.PostAsync("_sandbox/faults", new StringContent($"{{\"kind\":\"{kind}\",\"path\":\"{path}\"}}", System.Text.Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task A_plain_text_500_is_a_server_error_with_the_status()
    {
        var error = await Assert.ThrowsAsync<ApiServerException>(() => App.Teams.DeleteAsync(1));
        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Equal("polympics", error.Api);
        Assert.Equal("polympics.teams.delete", error.Operation);
    }

    [Theory]
    [InlineData(502, "<html><head><title>502 Bad Gateway</title></head></html>", "text/html")]
    [InlineData(503, "", null)]
    [InlineData(504, "upstream timed out", "text/plain")]
    public async Task Any_5xx_with_any_body_is_a_server_error(int status, string body, string? contentType)
    {
        await FaultAsync(status, body, contentType);
        var error = await Assert.ThrowsAsync<ApiServerException>(() => Anonymous.Teams.GetAsync(1));
        Assert.Equal((HttpStatusCode)status, error.StatusCode);
    }

    [Fact]
    public async Task An_html_page_is_described_not_parsed()
    {
        await FaultAsync(502, "<html><head><title>502 Bad Gateway</title></head></html>", "text/html");
        var error = await Assert.ThrowsAsync<ApiServerException>(() => Anonymous.Teams.GetAsync(1));
        Assert.Contains("502 Bad Gateway", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_success_body_is_an_invalid_response()
    {
        await FaultAsync(200, "{\"id\": \"31047355", "application/json");
        await Assert.ThrowsAsync<ApiInvalidResponseException>(() => Anonymous.Accounts.GetAsync(CaptainId));
    }

    [Fact]
    public async Task A_really_truncated_answer_is_an_invalid_response()
    {
        await HostFaultAsync("truncated", "/polympics/account/");
        await Assert.ThrowsAsync<ApiInvalidResponseException>(() => Anonymous.Accounts.GetAsync(CaptainId));
    }

    [Fact]
    public async Task A_dropped_connection_surfaces_as_a_network_error()
    {
        await HostFaultAsync("abort", "/polympics/team/");
        var error = await Assert.ThrowsAnyAsync<Exception>(() => Anonymous.Teams.GetAsync(1));

        // Over sockets an abort is an HttpRequestException; in memory the client gets the IOException a reset socket gives.
        Assert.True(error is HttpRequestException or IOException or OperationCanceledException, error.GetType().Name);
        Assert.IsNotAssignableFrom<GuildhallApiException>(error);
    }

    [Fact]
    public async Task An_idempotent_read_is_retried_after_a_5xx()
    {
        using var retrying = new PolympicsClient(NewHttpClient(), Options(maxRetries: 2));
        await FaultAsync(503, "busy", "text/plain", path: "/team/");
        Assert.Equal("Gods of Olympus", (await retrying.Teams.GetAsync(1)).Name);
        Assert.Equal(2, Recorder.Count("/team/1"));
    }

    [Fact]
    public async Task A_creation_is_not_repeated_after_a_5xx()
    {
        using var retrying = new PolympicsAppClient(NewHttpClient(), SignedIn(Options(maxRetries: 2), new(PolympicsSandboxCredentials.FullAppUsername, PolympicsSandboxCredentials.FullAppToken)));
        await FaultAsync(503, "busy", "text/plain", path: "/teams/new");
        await Assert.ThrowsAsync<ApiServerException>(() => retrying.Teams.CreateAsync("Once"));
        Assert.Equal(1, Recorder.Count("/teams/new"));
    }

    [Fact]
    public async Task A_wrong_token_is_outside_scope_and_says_nothing_of_the_token()
    {
        using var wrong = new PolympicsAppClient(NewHttpClient(), SignedIn(Options(), new("A1", "d3JvbmctdG9rZW4td3JvbmctdG9rZW4td3JvbmctdG9rZW4=")));
        var error = await Assert.ThrowsAsync<ApiForbiddenException>(() => wrong.Teams.CreateAsync("Nope"));
        Assert.Equal(PolympicsErrorDetails.OutsideScope, error.ServerMessage);
        Assert.DoesNotContain("d3Jvbmc", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("d3Jvbmc", wrong.ToString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validation_errors_list_every_issue_with_location_message_and_type()
    {
        await FaultAsync(422, "{\"detail\":[{\"loc\":[\"body\",\"accounts\",1],\"msg\":\"Account not found.\",\"type\":\"value_error\"},{\"loc\":[\"body\",\"team\"],\"msg\":\"field required\",\"type\":\"value_error.missing\"}]}", "application/json");
        var error = await Assert.ThrowsAsync<ApiValidationException>(() => Anonymous.Teams.GetAsync(1));
        Assert.Equal(
            [("body.accounts.1", "Account not found.", "value_error"), ("body.team", "field required", "value_error.missing")],
            error.Errors.Select(e => (e.Location, e.Message, e.Type)));
    }

    [Fact]
    public async Task A_bodiless_error_keeps_its_status()
    {
        await FaultAsync(409);
        var error = await Assert.ThrowsAsync<GuildhallApiException>(() => Anonymous.Teams.GetAsync(1));
        Assert.Equal(HttpStatusCode.Conflict, error.StatusCode);
        Assert.Null(error.RawBody);
    }

    [Fact]
    public async Task A_missing_header_is_not_authenticated()
    {
        // An anonymous client cannot even express a write; this sends one by hand to show what the server says.
        using var http = NewHttpClient();
        using var response = await http.PostAsync(new Uri(Sandbox.GetApiBase("polympics"), "teams/new"), new StringContent("{\"name\":\"x\"}"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(PolympicsErrorDetails.NotAuthenticated, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
