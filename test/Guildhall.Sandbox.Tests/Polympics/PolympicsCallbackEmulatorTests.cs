using System.Text.Json.Nodes;

namespace Guildhall.Sandbox.Tests.Polympics;

public sealed class PolympicsCallbackEmulatorTests : PolympicsSandbox
{
    private const string Event = "/callback/account_team_update";
    private readonly PolympicsCapturingHandler _receiver = new();

    protected override HttpMessageHandler? Outbound => _receiver;

    private static JsonObject Registration(string url = "https://bot.example/polympics", string secret = "sw0rdfish") =>
        new() { ["url"] = url, ["secret"] = secret };

    [Fact]
    public async Task Register_get_list_and_delete()
    {
        var created = await JsonAsync(await SendAsync(HttpMethod.Put, Event, Registration(), Full), 200);
        Assert.Equal("account_team_update", (string?)created["event"]);
        Assert.Equal("https://bot.example/polympics", (string?)created["url"]);
        Assert.Null(created["secret"]);

        var again = await JsonAsync(await SendAsync(HttpMethod.Put, Event, Registration("https://bot.example/v2"), Full), 200);
        Assert.NotEqual((int)created["id"]!, (int)again["id"]!);

        var fetched = await JsonAsync(await GetAsync(Event, Full), 200);
        Assert.Equal("https://bot.example/v2", (string?)fetched["url"]);
        var list = await JsonAsync(await GetAsync("/callbacks", Full), 200);
        Assert.Equal("https://bot.example/v2", (string?)list["callbacks"]!["account_team_update"]);

        await AssertEmptyAsync(await SendAsync(HttpMethod.Delete, Event, null, Full), 204);
        await AssertDetailAsync(await GetAsync(Event, Full), 404, "No callback registered for this event.");
        await AssertDetailAsync(await SendAsync(HttpMethod.Delete, Event, null, Full), 404, "No callback registered for this event.");
        Assert.Empty((await JsonAsync(await GetAsync("/callbacks", Full), 200))["callbacks"]!.AsObject());
    }

    [Fact]
    public async Task Callbacks_are_for_apps_only()
    {
        await AssertDetailAsync(await GetAsync("/callbacks", Admin), 401, "Only apps may use this endpoint.");
        await AssertDetailAsync(await SendAsync(HttpMethod.Put, Event, Registration(), Admin), 401, "Only apps may use this endpoint.");
        await AssertDetailAsync(await GetAsync("/callbacks"), 401, "Not authenticated");
    }

    [Theory]
    [InlineData("http://localhost/cb", "URL host invalid, top level domain required", "value_error.url.host")]
    [InlineData("ftp://bot.example/cb", "URL scheme not permitted", "value_error.url.scheme")]
    [InlineData("bot.example/cb", "invalid or missing URL scheme", "value_error.url.scheme")]
    public async Task Invalid_urls_are_422(string url, string message, string type)
    {
        Assert.Equal([("body.url", message, type)], await IssuesAsync(await SendAsync(HttpMethod.Put, Event, Registration(url), Full)));
    }

    [Fact]
    public async Task An_ip_address_is_an_accepted_host_and_an_unknown_event_is_422()
    {
        await JsonAsync(await SendAsync(HttpMethod.Put, Event, Registration("http://127.0.0.1:9000/cb"), Full), 200);
        var issues = await IssuesAsync(await SendAsync(HttpMethod.Put, "/callback/vote", Registration(), Full));
        Assert.Equal([("path.event", "value is not a valid enumeration member; permitted: 'account_team_update'", "type_error.enum")], issues);
    }

    [Fact]
    public async Task A_team_change_posts_the_event_to_every_app_with_its_bearer_secret()
    {
        await JsonAsync(await SendAsync(HttpMethod.Put, Event, Registration("https://one.example/cb", "first-secret"), Full), 200);
        await JsonAsync(await SendAsync(HttpMethod.Put, Event, Registration("https://two.example/cb", "second-secret"), Limited), 200);
        await JsonAsync(await SendAsync(HttpMethod.Patch, $"/account/{CaptainId}", new JsonObject { ["team"] = 3 }, Captain), 200);

        var received = new[] { await _receiver.NextAsync(), await _receiver.NextAsync() }.OrderBy(r => r.Request.RequestUri!.Host).ToList();
        Assert.Equal(["one.example", "two.example"], received.Select(r => r.Request.RequestUri!.Host));
        Assert.Equal(["first-secret", "second-secret"], received.Select(r => r.Request.Headers.Authorization!.Parameter));
        Assert.All(received, r => Assert.Equal("Bearer", r.Request.Headers.Authorization!.Scheme));
        Assert.All(received, r => Assert.Equal(HttpMethod.Post, r.Request.Method));

        var body = JsonNode.Parse(received[0].Body)!;
        Assert.Equal(CaptainId.ToString(), (string?)body["account"]!["id"]);
        Assert.Equal(3, (int)body["account"]!["team"]!["id"]!);
        Assert.Equal(3, (int)body["team"]!["id"]!);

        // The event is built before the change is saved: the new team's member count does not include her yet.
        Assert.Equal(3, (int)body["team"]!["member_count"]!);
        Assert.Equal(4, (int)(await JsonAsync(await GetAsync("/team/3"), 200))["member_count"]!);
    }

    [Fact]
    public async Task Leaving_a_team_sends_a_null_team_and_other_changes_send_nothing()
    {
        await JsonAsync(await SendAsync(HttpMethod.Put, Event, Registration(), Full), 200);
        await JsonAsync(await SendAsync(HttpMethod.Patch, $"/account/{CaptainId}", new JsonObject { ["name"] = "Pallas" }, Full), 200);
        await JsonAsync(await SendAsync(HttpMethod.Patch, $"/account/{CaptainId}", new JsonObject { ["team"] = 0 }, Full), 200);
        var (_, body) = await _receiver.NextAsync();
        var json = JsonNode.Parse(body)!;
        Assert.Null(json["team"]);
        Assert.Equal("Pallas", (string?)json["account"]!["name"]);
        Assert.Equal(0, _receiver.Count);
    }

    [Fact]
    public async Task Deliveries_are_listed_and_a_refused_delivery_is_not_retried()
    {
        _receiver.Refuse = true;
        await JsonAsync(await SendAsync(HttpMethod.Put, Event, Registration(), Full), 200);
        var fired = await AdminAsync(HttpMethod.Post, "callbacks/account_team_update/fire", new JsonObject { ["account"] = CaptainId.ToString() });
        var delivery = Assert.Single(fired["deliveries"]!.AsArray())!;
        Assert.Null(delivery["status_code"]);
        Assert.Equal("Connection refused", (string?)delivery["error"]);
        await _receiver.NextAsync();
        Assert.Equal(0, _receiver.Count);

        var listed = await AdminAsync(HttpMethod.Get, "deliveries");
        Assert.Equal(CaptainId.ToString(), (string?)Assert.Single(listed.AsArray())!["body"]!["account"]!["id"]);
    }
}
