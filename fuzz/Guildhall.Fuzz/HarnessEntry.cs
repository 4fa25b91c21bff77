namespace Guildhall.Fuzz;

/// <summary>
/// A harness by name. It is created through <see cref="Create"/> only once the fuzzer runs: instrumented code writes
/// its coverage into afl's shared memory, which exists only from then on, so building a verifier or a serializer before
/// that would crash the process.
/// </summary>
/// <param name="Name">The name the command line and the corpus folder use.</param>
/// <param name="Description">What the harness feeds and how it reads the input's bytes.</param>
/// <param name="Create">Creates the harness.</param>
internal sealed record HarnessEntry(string Name, string Description, Func<FuzzHarness> Create)
{
    /// <summary>Every harness.</summary>
    public static IReadOnlyList<HarnessEntry> All { get; } =
    [
        new("topgg-webhook", "Top.gg webhook verification and parsing, legacy and V2 (byte 0: 0 legacy, 1 V2 signed by the harness, 2 V2 with a fuzzed signature header)", () => new TopGgWebhookHarness()),
        new("polympics-callback", "Polympics callback verification and account_team_update parsing (line 1: Authorization header; rest: body)", () => new PolympicsCallbackHarness()),
        new("response-body", "Core's tolerant response reading and every API's error reader (bytes 0-3: media type, charset, status, error reader and secrecy; line: Retry-After; rest: body)", () => new ResponseBodyHarness()),
        new("models", "every model family's JSON reading and writing (byte 0: family topgg/osu/tatsu/polympics; byte 1: type in the context's list; rest: JSON)", () => new ModelHarness()),
    ];
}
