using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using Guildhall.TopGg.Webhooks;
using Microsoft.AspNetCore.Http;

namespace Guildhall.Benchmarks.TopGg;

/// <summary>
/// What checking one delivery costs without HTTP: <see cref="TopGgWebhookVerifier.Verify(ReadOnlySpan{byte}, TopGgWebhookHeaders)"/>
/// on the bodies and headers of the wrk load (a thousand distinct voters in turn), against the baseline of the bare
/// endpoint's own check of the same delivery (<see cref="BareVoteEndpoint.Answer"/>: its credential check and its parse
/// down to the voter's id). The difference is what a receiver's verification adds to every vote: the typed event with
/// every field read, and the deduplication key.
/// </summary>
[MemoryDiagnoser]
public class WebhookVerifierBenchmarks
{
    private const int Voters = 1_000;

    private readonly TopGgWebhookVerifier _verifier = new(new TopGgWebhookOptions
    {
        Authorization = VoteReceiverRun.Authorization,
        Secret = VoteReceiverRun.Secret,
    });

    private readonly byte[] _authorizationDigest = SHA256.HashData(Encoding.UTF8.GetBytes(VoteReceiverRun.Authorization));
    private readonly byte[] _key = Encoding.UTF8.GetBytes(VoteReceiverRun.Secret);
    private byte[][] _bodies = [];
    private TopGgWebhookHeaders[] _headers = [];
    private int _next;

    /// <summary>The delivery format.</summary>
    [Params("legacy", "v2")]
    public string Format { get; set; } = "legacy";

    [GlobalSetup]
    public void SetUp()
    {
        // Signed now: the timestamps stay inside the five-minute window of both checks for the whole run.
        var now = TimeProvider.System.GetUtcNow();
        _bodies = [.. Enumerable.Range(0, Voters).Select(voter => Encoding.UTF8.GetBytes(
            Format == "v2" ? VoteBodies.VoteCreate(808_499_215_864_008_704 + voter) : VoteBodies.Legacy(100_000_000_000_000_000 + voter)))];
        _headers = [.. _bodies.Select(body => Format == "v2"
            ? new TopGgWebhookHeaders(null, TopGgWebhookSignature.Create(body, VoteReceiverRun.Secret, now), "bench")
            : new TopGgWebhookHeaders(VoteReceiverRun.Authorization, null, null))];
    }

    [Benchmark(Baseline = true, Description = "bare endpoint's check")]
    public int BareCheck()
    {
        var index = Next();
        var headers = _headers[index];
        return BareVoteEndpoint.Answer(_bodies[index], headers.Signature ?? "", headers.Authorization ?? "", _authorizationDigest, _key);
    }

    [Benchmark(Description = "TopGgWebhookVerifier")]
    public int Verify()
    {
        var index = Next();
        var result = _verifier.Verify(_bodies[index], _headers[index]);
        return result.IsAccepted ? StatusCodes.Status204NoContent : result.Rejection.StatusCode;
    }

    private int Next() => _next = (_next + 1) % Voters;
}
