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
        await using var bed = await TatsuTestBed.StartAsync(overKestrel: true);
        // The server allows three a minute. The first request is counted at once and its answer trickles back over
        // 800 ms; the second is counted after it and answered at once, with one left.
        await bed.PutAdminAsync("rate-limit", """{"limit":3,"window_seconds":60}""");
        await bed.InjectFaultAsync("""{"kind":"trickle","delay_ms":800,"method":"GET","times":1}""");
        var tatsu = bed.CreateClient();

        var countedFirst = tatsu.Users.GetProfileAsync(SupporterUserId);
        // Its trickle's first pause is on the clock: the emulator has counted it.
        await bed.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        await tatsu.Users.GetProfileAsync(SupporterUserId);
        // The store must assume the first may still reach the server, so it believes none is left.
        var third = tatsu.Users.GetProfileAsync(SupporterUserId);
        // The clock moves only through the trickle's short pauses, never as far as the server's reset.
        var first = await bed.Time.RunUntilCompleteAsync(countedFirst, horizon: TimeSpan.FromSeconds(1));
        var afterTheFirstAnswer = await third.WaitAsync(Poll.DefaultBound);

        Assert.Equal((SupporterUserId, SupporterUserId), (first.UserId, afterTheFirstAnswer.UserId));
        Assert.Equal(TimeSpan.FromMilliseconds(800), bed.Time.GetUtcNow() - TatsuTestBed.Start);
        Assert.Equal([200, 200, 200], (await bed.RequestsAsync()).Select(entry => entry["status"]!.GetValue<int>()));
    }
}
