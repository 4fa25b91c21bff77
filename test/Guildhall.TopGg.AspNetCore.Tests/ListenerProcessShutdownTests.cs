using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using Guildhall.Testing;

namespace Guildhall.TopGg.AspNetCore.Tests;

/// <summary>
/// The README's standalone bot, <c>await listener.RunAsync();</c>, as a real process: it says where it listens, and a
/// signal stops it like any .NET host, after it finished every delivery it had accepted.
/// </summary>
public sealed class ListenerProcessShutdownTests
{
    private const int VotesPerVoter = 40;

    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [UnixOnlyFact]
    public Task SIGTERM_stops_the_listener_after_it_handled_every_accepted_vote() => StopWithAsync("TERM", "SIGTERM");

    [UnixOnlyFact]
    public Task SIGINT_stops_the_listener_after_it_handled_every_accepted_vote() => StopWithAsync("INT", "SIGINT");

    private static async Task StopWithAsync(string signal, string signalName)
    {
        await using var bot = DotnetProcess.Start("Guildhall.TopGg.AspNetCore.VoteBot.dll", "50");
        var listening = await bot.WaitForErrorLineAsync(line => line.Contains("Listening for Top.gg webhooks on http://127.0.0.1:", StringComparison.Ordinal), Bound);
        var dbl = new Uri(listening[listening.IndexOf("http://", StringComparison.Ordinal)..].Trim());
        Assert.EndsWith("/dbl", dbl.AbsolutePath, StringComparison.Ordinal);
        // The second route's line may still be on its way through the pipe when the first is read.
        await bot.WaitForErrorLineAsync(line => line.Contains($"Listening for Top.gg webhooks on {new Uri(dbl, "/queued")}", StringComparison.Ordinal), Bound);

        // Six voters deliver, inline and queued, before and while the listener stops, until it is gone. Each sends a
        // bounded number of votes, so the queued ones can be handled within the shutdown timeout (30 s).
        var accepted = new ConcurrentDictionary<ulong, HttpStatusCode>();
        using var http = new HttpClient { Timeout = Bound };
        using var stopSending = new CancellationTokenSource();
        var nextVoter = 1000UL;
        var voters = Enumerable.Range(0, 6).Select(voter => Task.Run(async () =>
        {
            var route = new Uri(dbl, voter % 2 == 0 ? "/dbl" : "/queued");
            for (var vote = 0; vote < VotesPerVoter && !stopSending.IsCancellationRequested; vote++)
            {
                var voterId = Interlocked.Increment(ref nextVoter);
                try
                {
                    using var response = await http.SendAsync(Vote(route, voterId), stopSending.Token);
                    if (response.IsSuccessStatusCode)
                    {
                        accepted[voterId] = response.StatusCode;
                    }
                }
                catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException)
                {
                    // Refused or cut off while stopping: not accepted, so Top.gg would deliver it again.
                    return;
                }
            }
        })).ToList();

        await bot.WaitForOutputLinesAsync(line => line.StartsWith("handled ", StringComparison.Ordinal), 12, Bound);
        await bot.SignalAsync(signal);
        var exited = await bot.WaitForExitAsync(Bound);
        await stopSending.CancelAsync();
        await Task.WhenAll(voters);

        Assert.True(exited, $"The listener was still running {Bound} after {signalName}.{bot.Describe()}");
        Assert.Equal(0, bot.ExitCode);
        var handled = bot.OutputLines
            .Where(line => line.StartsWith("handled ", StringComparison.Ordinal))
            .Select(line => ulong.Parse(line["handled ".Length..], CultureInfo.InvariantCulture))
            .ToHashSet();
        Assert.Contains(accepted.Values, status => status == HttpStatusCode.Accepted);
        Assert.Contains(accepted.Values, status => status == HttpStatusCode.NoContent);
        var lost = accepted.Keys.Where(voterId => !handled.Contains(voterId)).ToList();
        Assert.True(lost.Count == 0, $"Accepted but never handled: {string.Join(", ", lost)}.{bot.Describe()}");
        Assert.Contains(bot.ErrorLines, line => line.Contains($"Stopping the Top.gg webhook listener ({signalName})", StringComparison.Ordinal));
    }

    private static HttpRequestMessage Vote(Uri route, ulong voterId)
    {
        var body = $$"""{"bot":"1108398810645790727","user":"{{voterId}}","type":"upvote","isWeekend":false,"query":""}""";
        var request = new HttpRequestMessage(HttpMethod.Post, route) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Authorization", "vote-bot-auth");
        return request;
    }
}
