using Guildhall.TopGg.Webhooks;

namespace Guildhall.Fuzz;

/// <summary>
/// The Top.gg webhook verifier and parser. The first byte picks the delivery: 0 legacy (the next line is the
/// <c>Authorization</c> header), 1 V2 signed by the harness (the next line is the trace header, so the fuzzer reaches the
/// parser past the HMAC), 2 V2 with the next line as the <c>x-topgg-signature</c> header itself. The rest is the body.
/// <see cref="TopGgWebhookVerifier.Verify(ReadOnlySpan{byte}, TopGgWebhookHeaders)"/> documents no exception: every
/// bad delivery is a rejection, so any exception is a crash.
/// </summary>
internal sealed class TopGgWebhookHarness : FuzzHarness
{
    /// <summary>The legacy <c>Authorization</c> value the seeds carry.</summary>
    public const string Authorization = "fuzz-legacy-authorization";

    /// <summary>The V2 secret the harness signs with.</summary>
    public const string Secret = "whs_fuzz_secret";

    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_767_225_600);

    private readonly TopGgWebhookVerifier _verifier = new(new TopGgWebhookOptions
    {
        Authorization = Authorization,
        Secret = Secret,
        TimeProvider = new FixedClock(Now),
    });

    public override void Run(ReadOnlySpan<byte> input)
    {
        var reader = new FuzzInput(input);
        var mode = reader.TakeChoice(3);
        var line = reader.TakeLine();
        var body = reader.Rest;
        var headers = mode switch
        {
            0 => new TopGgWebhookHeaders(line, null, null),
            1 => new TopGgWebhookHeaders(null, TopGgWebhookSignature.Create(body, Secret, Now), line),
            _ => new TopGgWebhookHeaders(null, line, null),
        };

        var result = _verifier.Verify(body, headers);

        // Printing an event or a rejection is what a log line does with it; it must not throw either.
        _ = result.ToString();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
