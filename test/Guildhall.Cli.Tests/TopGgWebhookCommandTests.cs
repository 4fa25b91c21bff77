using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Guildhall.Cli.Commands;
using Guildhall.Sandbox.TopGg;
using Guildhall.TopGg.AspNetCore;
using Guildhall.TopGg.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Guildhall.Cli.Tests;

[Collection(SandboxGroup.Name)]
public sealed class TopGgWebhookCommandTests(SandboxFixture sandbox) : IAsyncLifetime
{
    private const string Authorization = "cli-legacy-auth";
    private const string Secret = "whs_cli_0123456789abcdef";

    private readonly List<TopGgWebhookEvent> _received = [];
    private TopGgWebhookListener _listener = null!;
    private string _url = null!;

    public async Task InitializeAsync()
    {
        _listener = new TopGgWebhookListener("http://127.0.0.1:0", options =>
            {
                options.Authorization = Authorization;
                options.Secret = Secret;
            })
            .MapBotVotes("/dbl")
            .OnEvent((webhookEvent, _) =>
            {
                lock (_received)
                {
                    _received.Add(webhookEvent);
                }

                return ValueTask.CompletedTask;
            });
        await _listener.StartAsync();
        _url = new Uri(_listener.Addresses[0], "/dbl").AbsoluteUri;
    }

    public async Task DisposeAsync() => await _listener.DisposeAsync();

    [Fact]
    public async Task Send_vote_delivers_a_legacy_vote_directly()
    {
        var run = await CliRun.RunAsync("topgg", "send-vote", "--to", _url, "--auth", Authorization, "--query", "?ref=cli%20docs", "--weekend");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("delivered: the receiver answered 204", run.Output, StringComparison.Ordinal);
        var vote = Assert.IsType<LegacyBotVoteEvent>(Assert.Single(_received));
        Assert.Equal(TopGgSandboxCredentials.BotId, vote.BotId);
        Assert.True(vote.IsWeekend);
        Assert.Equal("cli docs", vote.Query["ref"]);
    }

    [Fact]
    public async Task Send_vote_signs_a_V2_vote_that_the_verifier_accepts()
    {
        var run = await CliRun.RunAsync("topgg", "send-vote", "--to", _url, "--format", "v2", "--secret", Secret, "--user", "661200758510977084");

        Assert.Equal(0, run.ExitCode);
        var vote = Assert.IsType<VoteCreateEvent>(Assert.Single(_received));
        Assert.Equal(661200758510977084UL, vote.VoterId);
        Assert.NotNull(vote.TraceId);
    }

    [Fact]
    public async Task Send_vote_with_the_wrong_secret_fails_with_the_receivers_answer()
    {
        var run = await CliRun.RunAsync("topgg", "send-vote", "--to", _url, "--format", "v2", "--secret", "whs_wrong");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("403", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("whs_wrong", run.Error, StringComparison.Ordinal);
        Assert.Empty(_received);
    }

    [Fact]
    public async Task Send_vote_through_the_sandbox_reports_the_delivery()
    {
        var run = await CliRun.RunAsync("topgg", "send-vote", "--base-url", sandbox.Base(""), "--to", _url, "--format", "v2", "--secret", Secret, "--test");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("through the sandbox, 1 attempt(s): delivered: the receiver answered 204", run.Output, StringComparison.Ordinal);
        Assert.IsType<WebhookTestEvent>(Assert.Single(_received));
    }

    [Fact]
    public async Task Send_vote_reports_a_vote_the_receiver_already_had_as_a_duplicate_directly_and_through_the_sandbox()
    {
        string[] vote = ["topgg", "send-vote", "--to", _url, "--auth", Authorization, "--user", Id(TopGgSandboxCredentials.NonVoterId), "--json"];

        var first = await CliRun.RunAsync(vote);
        var again = await CliRun.RunAsync(vote);
        var throughSandbox = await CliRun.RunAsync([.. vote, "--sandbox", sandbox.Base("")]);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.True(throughSandbox.ExitCode == 0, throughSandbox.Error);
        Assert.Equal("delivered", JsonDocument.Parse(first.Output).RootElement.GetProperty("outcome").GetString());
        using var direct = JsonDocument.Parse(again.Output);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal("duplicate", direct.RootElement.GetProperty("outcome").GetString());
        Assert.Equal("direct", direct.RootElement.GetProperty("via").GetString());
        using var relayed = JsonDocument.Parse(throughSandbox.Output);
        Assert.Equal("duplicate", relayed.RootElement.GetProperty("outcome").GetString());
        Assert.Equal("sandbox", relayed.RootElement.GetProperty("via").GetString());
        Assert.Single(_received);
    }

    [Fact]
    public async Task Send_vote_composes_the_V2_body_the_sandbox_sends_for_the_same_vote()
    {
        var bodies = new List<JsonElement>();
        await using var capture = new TopGgWebhookListener("http://127.0.0.1:0", options => options.Secret = Secret)
            .MapBotVotes("/dbl");
        capture.App.Use(async (HttpContext context, Func<Task> next) =>
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body);
            lock (bodies)
            {
                bodies.Add(document.RootElement.Clone());
            }

            context.Response.StatusCode = 204;
            _ = next;
        });
        await capture.StartAsync();
        var to = new Uri(capture.Addresses[0], "/dbl").AbsoluteUri;
        string[] vote = ["topgg", "send-vote", "--to", to, "--format", "v2", "--secret", Secret, "--query", "?ref=docs&utm=cli"];

        Assert.Equal(0, (await CliRun.RunAsync(vote)).ExitCode);
        Assert.Equal(0, (await CliRun.RunAsync([.. vote, "--sandbox", sandbox.Base("")])).ExitCode);

        Assert.Equal(2, bodies.Count);
        Assert.Equal(Shape(bodies[1]), Shape(bodies[0]));
        foreach (var path in new[] { "data.project.id", "data.project.platform_id", "data.user.id", "data.user.platform_id", "data.query.ref", "data.query.utm", "data.weight" })
        {
            Assert.Equal(Read(bodies[1], path), Read(bodies[0], path));
        }
    }

    /// <summary>Every property path of a JSON document, in order, with the kind of its value.</summary>
    private static List<string> Shape(JsonElement element, string at = "")
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return [$"{at}:{(element.ValueKind is JsonValueKind.Null or JsonValueKind.String ? "string-or-null" : element.ValueKind.ToString())}"];
        }

        return [.. element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).SelectMany(property => Shape(property.Value, at + "." + property.Name))];
    }

    private static string Id(ulong id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Read(JsonElement element, string path) =>
        path.Split('.').Aggregate(element, (current, name) => current.GetProperty(name)).ToString();

    [Fact]
    public async Task Send_vote_refuses_a_target_that_is_not_a_url()
    {
        var run = await CliRun.RunAsync("topgg", "send-vote", "--to", "not a url");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--to 'not a url' is not an http or https address: give the webhook's full URL", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Listen_prints_one_json_line_per_accepted_vote_and_refuses_the_rest()
    {
        var port = FreePort();
        using var stop = new CancellationTokenSource();
        var (originalOut, originalError) = (Console.Out, Console.Error);
        using var output = new StringWriter();
        using var error = new StringWriter();
        Console.SetOut(TextWriter.Synchronized(output));
        Console.SetError(TextWriter.Synchronized(error));
        try
        {
            var listening = GuildhallCommand.Create()
                .Parse(["topgg", "listen", "--urls", $"http://127.0.0.1:{port}", "--path", "/votes", "--auth", Authorization, "--secret", Secret])
                .InvokeAsync(cancellationToken: stop.Token);
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitUntilListeningAsync(http, listening);

            using var legacy = await http.SendAsync(Request("""{"bot":"1","user":"2","type":"upvote","isWeekend":false,"query":"?a=b"}""", ("Authorization", Authorization)));
            var v2Body = """{"type":"webhook.test","data":{"user":{"id":"3","platform_id":"4","name":"tester"},"project":{"id":"5","type":"bot","platform":"discord","platform_id":"6"}}}""";
            using var v2 = await http.SendAsync(Request(v2Body, (TopGgWebhookSignature.HeaderName, TopGgWebhookSignature.Create(Encoding.UTF8.GetBytes(v2Body), Secret, DateTimeOffset.UtcNow))));
            using var forged = await http.SendAsync(Request("""{"bot":"1","user":"2","type":"upvote"}""", ("Authorization", "forged")));
            await stop.CancelAsync();
            Assert.Equal(0, await listening);

            Assert.Equal(HttpStatusCode.NoContent, legacy.StatusCode);
            Assert.Equal(HttpStatusCode.NoContent, v2.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
            var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(2, lines.Length);
            using var first = JsonDocument.Parse(lines[0]);
            Assert.Equal("bot.vote", first.RootElement.GetProperty("event").GetString());
            Assert.Equal("2", first.RootElement.GetProperty("voter_id").GetString());
            Assert.Equal("b", first.RootElement.GetProperty("query").GetProperty("a").GetString());
            using var second = JsonDocument.Parse(lines[1]);
            Assert.Equal("webhook.test", second.RootElement.GetProperty("event").GetString());
            Assert.Equal("tester", second.RootElement.GetProperty("user").GetProperty("name").GetString());
            Assert.Contains($"http://127.0.0.1:{port}/votes", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }
    }

    private static HttpRequestMessage Request(string body, (string Name, string Value) header)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/votes") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation(header.Name, header.Value);
        return request;
    }

    private static async Task WaitUntilListeningAsync(HttpClient http, Task listening)
    {
        for (var attempt = 0; attempt < 500; attempt++)
        {
            Assert.False(listening.IsCompleted, "listen ended before serving");
            try
            {
                using var probe = await http.GetAsync(new Uri("/votes", UriKind.Relative));
                if (probe.StatusCode == HttpStatusCode.MethodNotAllowed)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(10);
        }

        throw new TimeoutException("listen never answered.");
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
