using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Guildhall.Sandbox.Hosting;
using Guildhall.Testing;
using Guildhall.Testing.Redis;

namespace Guildhall.Redis.Tests;

/// <summary>
/// Two receiver processes behind one webhook URL, a round-robin balancer that loses every third reply, and the sandbox
/// delivering votes as Top.gg does, retries included: a retry lands on the other process, which must know the vote was
/// handled already.
/// </summary>
[Collection(RedisServerGroup.Name)]
public sealed class VoteReceiversBehindOneTargetTests(RedisServerFixture redis)
{
    private const string Authorization = "receivers-auth";
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Each_vote_is_handled_once_across_both_receivers()
    {
        var prefix = "test:" + Guid.NewGuid().ToString("N") + ":";
        await using var first = StartReceiver(prefix);
        await using var second = StartReceiver(prefix);
        var targets = new[] { await AddressOfAsync(first), await AddressOfAsync(second) };
        await using var balancer = await RoundRobinBalancer.StartAsync(targets, loseEveryNthReply: 3);
        await using var sandbox = await SandboxHost.StartAsync(new SandboxOptions { DeliveryDelayScale = 0.001 });
        var voters = Enumerable.Range(1, 6).Select(i => 300000000000000000UL + (ulong)i).ToList();

        foreach (var voter in voters)
        {
            Assert.Equal("delivered", await DeliverAsync(sandbox, balancer.Address, voter));
        }

        await Poll.UntilAsync(() => Handled(first, second).Count >= voters.Count, "every vote to be handled");
        // Stopped, so every line either printed is read: a late second handling would show.
        foreach (var receiver in new[] { first, second })
        {
            await receiver.SignalAsync("KILL");
            Assert.True(await receiver.WaitForExitAsync(Bound), receiver.Describe());
        }

        Assert.Equal(voters, Handled(first, second).Order());
        Assert.True(balancer.LostReplies >= 2, $"Only {balancer.LostReplies} replies were lost: no retry crossed to the other receiver.");
        Assert.True(first.OutputLines.Any(line => line.StartsWith("handled ", StringComparison.Ordinal)) && second.OutputLines.Any(line => line.StartsWith("handled ", StringComparison.Ordinal)), "Both receivers should have handled votes.");
    }

    private DotnetProcess StartReceiver(string prefix) =>
        DotnetProcess.Start("Guildhall.Redis.Worker.dll", "vote-receiver", "--redis", redis.Endpoint, "--auth", Authorization, "--prefix", prefix);

    private static async Task<Uri> AddressOfAsync(DotnetProcess receiver) =>
        new((await receiver.WaitForOutputLineAsync(line => line.StartsWith("listening ", StringComparison.Ordinal), Bound))["listening ".Length..]);

    private static List<ulong> Handled(params DotnetProcess[] receivers) =>
        [.. receivers.SelectMany(receiver => receiver.OutputLines)
            .Where(line => line.StartsWith("handled ", StringComparison.Ordinal))
            .Select(line => ulong.Parse(line["handled ".Length..], CultureInfo.InvariantCulture))];

    private static async Task<string> DeliverAsync(SandboxHost sandbox, Uri target, ulong voter)
    {
        using var http = new HttpClient { Timeout = Bound };
        using var seeded = await http.PostAsJsonAsync(new Uri(sandbox.BaseAddress, "_sandbox/topgg/users"), new { id = voter.ToString(CultureInfo.InvariantCulture) });
        Assert.True(seeded.IsSuccessStatusCode, await seeded.Content.ReadAsStringAsync());
        using var response = await http.PostAsJsonAsync(new Uri(sandbox.BaseAddress, "_sandbox/topgg/deliveries"), new Dictionary<string, object>
        {
            ["url"] = target.AbsoluteUri,
            ["format"] = "legacy",
            ["kind"] = "bot",
            ["secret"] = Authorization,
            ["user"] = voter.ToString(CultureInfo.InvariantCulture),
            ["type"] = "upvote",
            ["wait"] = true,
        });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        var record = JsonDocument.Parse(text).RootElement;
        return record.GetProperty("status").GetString()!;
    }
}
