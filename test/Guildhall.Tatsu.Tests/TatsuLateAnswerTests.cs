using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.Tatsu;
using Guildhall.Testing;
using static Guildhall.Sandbox.Tatsu.TatsuSandboxData;

namespace Guildhall.Tatsu.Tests;

/// <summary>
/// The limiter against answers that come back out of order, met from outside: the sandbox on Kestrel at a free loopback
/// port, on a fake clock shared with the client, with the emulator's own count of the key.
/// </summary>
public sealed class TatsuLateAnswerTests
{
    [Fact]
    public async Task A_call_the_servers_count_refuses_goes_when_a_late_answer_proves_a_slot_free_not_at_the_reset()
    {
        var time = new TimerAwareClock(new DateTimeOffset(2025, 3, 14, 12, 0, 0, TimeSpan.Zero));
        await using var host = await SandboxHost.StartAsync(new SandboxOptions { TimeProvider = time });
        using var admin = host.CreateClient("_sandbox/tatsu");
        // The server allows three a minute. The first request is counted at once and its answer trickles back over
        // 800 ms; the second is counted after it and answered at once, with one left.
        await PostAsync(admin, HttpMethod.Put, "rate-limit", """{"limit":3,"window_seconds":60}""");
        await PostAsync(admin, HttpMethod.Post, "faults", """{"kind":"trickle","delay_ms":800,"method":"GET","times":1}""");
        await using var tatsu = new TatsuClient(TatsuSandboxCredentials.GuildmasterKey, new TatsuClientOptions
        {
            BaseAddress = host.GetApiBase("tatsu/v1"),
            TimeProvider = time,
        });

        var countedFirst = tatsu.Users.GetProfileAsync(SupporterUserId);
        // Its trickle's first pause is on the clock: the emulator has counted it.
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        await tatsu.Users.GetProfileAsync(SupporterUserId);
        // The store must assume the first may still reach the server, so it believes none is left.
        var third = tatsu.Users.GetProfileAsync(SupporterUserId);
        // The clock moves only through the trickle's short pauses, never as far as the server's reset.
        var first = await time.RunUntilCompleteAsync(countedFirst, horizon: TimeSpan.FromSeconds(1));
        var afterTheFirstAnswer = await third.WaitAsync(Poll.DefaultBound);

        Assert.Equal((SupporterUserId, SupporterUserId), (first.UserId, afterTheFirstAnswer.UserId));
        Assert.Equal(TimeSpan.FromMilliseconds(800), time.GetUtcNow() - new DateTimeOffset(2025, 3, 14, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal([200, 200, 200], (await Requests(admin)).Select(entry => entry["status"]!.GetValue<int>()));
    }

    private static async Task PostAsync(HttpClient admin, HttpMethod method, string path, string json)
    {
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        using var response = await admin.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    private static async Task<IReadOnlyList<JsonNode>> Requests(HttpClient admin) =>
        [.. (await admin.GetFromJsonAsync<JsonArray>("requests"))!.Select(entry => entry!)];
}
