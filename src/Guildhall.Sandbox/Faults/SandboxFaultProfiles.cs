using System.Collections.Frozen;

namespace Guildhall.Sandbox.Faults;

/// <summary>
/// The built-in fault profiles. Their faults answer in place of the API (as the edge in front of a real API does) or
/// spoil its real answer; they never touch the admin routes.
/// <list type="bullet">
/// <item><c>flaky</c>: about one request in four goes wrong: bursts of 2 or 3 503s, dropped connections, JSON cut in
/// half, a CDN's HTML 502 page, a JSON answer labelled as HTML.</item>
/// <item><c>slow</c>: every answer waits 20 to 150 ms more, and about one in three trickles out in small pieces over up
/// to 300 ms.</item>
/// <item><c>throttled</c>: storms of 2 or 3 429s, half with <c>Retry-After: 1</c> and half with no header at all.</item>
/// </list>
/// </summary>
internal static class SandboxFaultProfiles
{
    private const string JsonType = "application/json; charset=utf-8";

    public static IReadOnlyDictionary<string, SandboxFaultProfile> All { get; } = new[]
    {
        new SandboxFaultProfile(
            "flaky",
            "About one request in four fails: 503 bursts, dropped connections, truncated JSON, CDN HTML pages, wrong content types.",
            [
                new(0.06, 2, 3, _ => Fault(SandboxFaultKind.Status, 503, """{"message":"Service Unavailable"}""")),
                new(0.05, 1, 1, _ => Fault(SandboxFaultKind.Abort, 0, null)),
                new(0.05, 1, 1, _ => Fault(SandboxFaultKind.Truncated, 200, null)),
                new(0.05, 1, 1, _ => Fault(SandboxFaultKind.Html, 502, null)),
                new(0.04, 1, 1, _ => Fault(SandboxFaultKind.WrongContentType, 200, null)),
            ]),
        new SandboxFaultProfile(
            "slow",
            "Every answer waits 20-150 ms longer; about one in three trickles out in small pieces over up to 300 ms.",
            [
                new(0.35, 1, 1, random => Fault(SandboxFaultKind.Trickle, 200, null) with { Delay = TimeSpan.FromMilliseconds(random.Next(50, 301)) }),
                new(0.65, 1, 1, random => Fault(SandboxFaultKind.Delay, 200, null) with { Delay = TimeSpan.FromMilliseconds(random.Next(20, 151)) }),
            ]),
        new SandboxFaultProfile(
            "throttled",
            "Storms of 2-3 429 answers, half with Retry-After: 1, half with no Retry-After.",
            [
                new(0.08, 2, 3, _ => Fault(SandboxFaultKind.Status, 429, """{"message":"You are being rate limited."}""") with
                {
                    Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Retry-After"] = "1" },
                }),
                new(0.08, 2, 3, _ => Fault(SandboxFaultKind.Status, 429, """{"message":"You are being rate limited."}""")),
            ]),
    }.ToFrozenDictionary(profile => profile.Name, StringComparer.OrdinalIgnoreCase);

    private static SandboxFault Fault(SandboxFaultKind kind, int status, string? body) =>
        new(kind, "/", null, status, body, JsonType, FrozenDictionary<string, string>.Empty, TimeSpan.Zero, 1);
}
