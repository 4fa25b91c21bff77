using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Guildhall.Cli.Commands;
using Guildhall.Sandbox.TopGg;
using Guildhall.TopGg.AspNetCore;
using Guildhall.TopGg.Webhooks;

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
        Assert.StartsWith("204", run.Output, StringComparison.Ordinal);
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
        Assert.Contains("delivered after 1 attempt(s) (204)", run.Output, StringComparison.Ordinal);
        Assert.IsType<WebhookTestEvent>(Assert.Single(_received));
    }

    [Fact]
    public async Task Send_vote_refuses_a_target_that_is_not_a_url()
    {
        var run = await CliRun.RunAsync("topgg", "send-vote", "--to", "not a url");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--to must be an absolute http or https URL", run.Error, StringComparison.Ordinal);
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
