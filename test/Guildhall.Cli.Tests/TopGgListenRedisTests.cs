using System.Net;
using System.Text;
using Guildhall.Testing;
using Guildhall.Testing.Redis;

namespace Guildhall.Cli.Tests;

/// <summary><c>guildhall topgg listen --redis</c>: two listeners behind one URL share their deduplication.</summary>
[Collection(RedisGroup.Name)]
public sealed class TopGgListenRedisTests(RedisServerFixture redis)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_delivery_repeated_to_the_other_listener_is_answered_as_a_duplicate_and_printed_once()
    {
        await using var first = StartListener();
        await using var second = StartListener();
        var routes = new[] { await RouteOfAsync(first), await RouteOfAsync(second) };
        var voter = Random.Shared.NextInt64(100000000000, 999999999999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var http = new HttpClient { Timeout = Bound };

        var statuses = new List<HttpStatusCode>();
        foreach (var route in routes)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, route)
            {
                Content = new StringContent($$"""{"bot":"1","user":"{{voter}}","type":"upvote","isWeekend":false,"query":""}""", Encoding.UTF8, "application/json"),
            };
            request.Headers.TryAddWithoutValidation("Authorization", "cli-auth");
            using var response = await http.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        foreach (var listener in new[] { first, second })
        {
            await listener.SignalAsync("TERM");
            Assert.True(await listener.WaitForExitAsync(Bound), listener.Describe());
        }

        Assert.Equal([HttpStatusCode.NoContent, HttpStatusCode.OK], statuses);
        Assert.Single(first.OutputLines.Concat(second.OutputLines), line => line.Contains(voter, StringComparison.Ordinal));
    }

    private DotnetProcess StartListener() =>
        DotnetProcess.Start("guildhall.dll", "topgg", "listen", "--urls", "http://127.0.0.1:0", "--path", "/votes", "--auth", "cli-auth", "--redis", redis.Endpoint);

    private static async Task<Uri> RouteOfAsync(DotnetProcess listener)
    {
        var listening = await listener.WaitForErrorLineAsync(line => line.StartsWith("Listening for Top.gg webhooks on http://127.0.0.1:", StringComparison.Ordinal), Bound);
        return new Uri(listening["Listening for Top.gg webhooks on ".Length..]);
    }
}
