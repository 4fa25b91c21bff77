using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Guildhall.Testing;

namespace Guildhall.Cli.Tests;

/// <summary><c>guildhall topgg listen</c> as a real process: a signal stops it once every vote it accepted was printed.</summary>
public sealed class TopGgListenProcessTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [UnixOnlyFact]
    public Task SIGTERM_stops_listen_after_printing_every_accepted_vote() => StopWithAsync("TERM");

    [UnixOnlyFact]
    public Task SIGINT_stops_listen_after_printing_every_accepted_vote() => StopWithAsync("INT");

    private static async Task StopWithAsync(string signal)
    {
        await using var listen = DotnetProcess.Start("guildhall.dll", "topgg", "listen", "--urls", "http://127.0.0.1:0", "--path", "/votes", "--auth", "cli-auth");
        var listening = await listen.WaitForErrorLineAsync(line => line.StartsWith("Listening for Top.gg webhooks on http://127.0.0.1:", StringComparison.Ordinal), Bound);
        var route = new Uri(listening["Listening for Top.gg webhooks on ".Length..]);
        Assert.NotEqual(0, route.Port);

        var accepted = new ConcurrentBag<string>();
        using var http = new HttpClient { Timeout = Bound };
        await Task.WhenAll(Enumerable.Range(0, 4).Select(sender => Task.Run(async () =>
        {
            for (var vote = 0; vote < 5; vote++)
            {
                var voter = $"{sender + 1}00{vote}";
                using var request = new HttpRequestMessage(HttpMethod.Post, route)
                {
                    Content = new StringContent($$"""{"bot":"1","user":"{{voter}}","type":"upvote","isWeekend":false,"query":""}""", Encoding.UTF8, "application/json"),
                };
                request.Headers.TryAddWithoutValidation("Authorization", "cli-auth");
                using var response = await http.SendAsync(request);
                Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
                accepted.Add(voter);
            }
        })));

        await listen.SignalAsync(signal);

        Assert.True(await listen.WaitForExitAsync(Bound), $"listen was still running {Bound} after SIG{signal}.{listen.Describe()}");
        Assert.Equal(0, listen.ExitCode);
        var printed = listen.OutputLines.Select(line =>
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.GetProperty("voter_id").GetString();
        }).ToList();
        Assert.Equal(accepted.Order(), printed.Order());
    }
}
