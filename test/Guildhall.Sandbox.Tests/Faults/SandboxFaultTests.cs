using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Guildhall.Sandbox.Hosting;

namespace Guildhall.Sandbox.Tests.Faults;

public sealed class SandboxFaultTests : IAsyncLifetime
{
    private SandboxHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await SandboxHost.StartInMemoryAsync();
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task A_status_fault_answers_matching_requests_the_given_number_of_times()
    {
        var created = await _client.PostAsJsonAsync("/_sandbox/faults", new { path = "/_health-probe", kind = "status", status = 503, body = "{\"message\":\"down\"}", headers = new Dictionary<string, string> { ["Retry-After"] = "3" }, times = 2 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        for (var i = 0; i < 2; i++)
        {
            var response = await _client.GetAsync("/_health-probe/x");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("3", response.Headers.GetValues("Retry-After").Single());
            Assert.Equal("{\"message\":\"down\"}", await response.Content.ReadAsStringAsync());
        }

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/_health-probe/x")).StatusCode);
        Assert.Empty((await _client.GetFromJsonAsync<JsonArray>("/_sandbox/faults"))!);
    }

    [Fact]
    public async Task An_html_fault_serves_a_cdn_style_page()
    {
        await _client.PostAsJsonAsync("/_sandbox/faults", new { path = "/probe", kind = "html", status = 502 });

        var response = await _client.GetAsync("/probe");

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>502", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_routes_are_never_spoiled()
    {
        await _client.PostAsJsonAsync("/_sandbox/faults", new { path = "/_sandbox/health", kind = "status", status = 500 });

        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/_sandbox/health")).StatusCode);
        Assert.Single((await _client.GetFromJsonAsync<JsonArray>("/_sandbox/faults"))!);
    }

    [Fact]
    public async Task Method_filters_and_clearing_work()
    {
        await _client.PostAsJsonAsync("/_sandbox/faults", new { path = "/probe", method = "POST", kind = "status", status = 500 });

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/probe")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync("/_sandbox/faults")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.PostAsync("/probe", null)).StatusCode);
    }

    [Theory]
    [InlineData("{\"path\":\"no-slash\"}")]
    [InlineData("{\"path\":\"/x\",\"kind\":\"explode\"}")]
    [InlineData("{\"path\":\"/x\",\"times\":0}")]
    [InlineData("[]")]
    public async Task Invalid_faults_are_rejected(string body)
    {
        var response = await _client.PostAsync("/_sandbox/faults", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
