using Guildhall.TopGg.Models;
using Guildhall.TopGg.Webhooks;
using Microsoft.Extensions.Time.Testing;
using static Guildhall.TopGg.Tests.Webhooks.WebhookSamples;

namespace Guildhall.TopGg.Tests.Webhooks;

public sealed class TopGgWebhookVerifierV2Tests
{
    private const string KnownDigest = "da9940220e69a9f8468afbb847f911f5f2e07fabdb08c22afb624f72d5e21ba3";

    private readonly FakeTimeProvider _time = new(Now);

    private TopGgWebhookVerifier CreateVerifier(Action<TopGgWebhookOptions>? configure = null)
    {
        var options = new TopGgWebhookOptions { Secret = Secret, TimeProvider = _time };
        configure?.Invoke(options);
        return new TopGgWebhookVerifier(options);
    }

    [Fact]
    public void A_correctly_signed_vote_is_accepted_with_every_field()
    {
        var result = CreateVerifier().Verify(Bytes(VoteCreate), Signed(VoteCreate));

        Assert.True(result.IsAccepted, result.ToString());
        var vote = Assert.IsType<VoteCreateEvent>(result.Event);
        Assert.Equal(TopGgWebhookFormat.V2, vote.Format);
        Assert.Equal(808499215864008704UL, vote.VoteId);
        Assert.Equal(1, vote.Weight);
        Assert.Equal(new DateTimeOffset(2026, 2, 9, 0, 47, 14, TimeSpan.Zero).AddTicks(2510149), vote.CreatedAt);
        Assert.Equal(vote.CreatedAt.AddHours(12), vote.ExpiresAt);
        Assert.Equal(803190510032756736UL, vote.Project.Id);
        Assert.Equal(TopGgProjectType.Bot, vote.Project.Type);
        Assert.Equal(TopGgPlatform.Discord, vote.Project.Platform);
        Assert.Equal(160105994217586689UL, vote.Project.PlatformId);
        Assert.Equal(3949456393249234923UL, vote.User.Id);
        Assert.Equal(661200758510977084UL, vote.User.PlatformId);
        Assert.Equal("username", vote.User.Name);
        Assert.Equal("https://cdn.example/a.png", vote.User.AvatarUrl);
        Assert.Equal(661200758510977084UL, vote.VoterId);
        Assert.Equal(160105994217586689UL, vote.TargetId);
        Assert.Equal(TopGgProjectType.Bot, vote.TargetType);
        Assert.False(vote.IsTest);
        Assert.Equal("trace-1", vote.TraceId);
        Assert.Equal("vote:808499215864008704", vote.DeduplicationKey);
    }

    [Fact]
    public void The_signature_matches_a_digest_computed_independently()
    {
        // HMAC-SHA256("whs_sandbox_0123456789abcdef", "1770598040.{}"), computed with: printf '1770598040.{}' | openssl dgst -sha256 -hmac whs_sandbox_0123456789abcdef
        var header = TopGgWebhookSignature.Create("{}"u8, Secret, DateTimeOffset.FromUnixTimeSeconds(1770598040));

        Assert.Equal("t=1770598040,v1=" + KnownDigest, header);
    }

    [Fact]
    public void Secrets_that_alternate_on_one_thread_each_verify_only_their_own_signatures()
    {
        // The HMAC is kept per thread while the key stays the same: switching keys must never verify with the old one.
        const string Other = "whs_other_fedcba9876543210";
        var verifier = CreateVerifier();
        var ownHeaders = Signed(VoteCreate);
        var otherHeaders = new TopGgWebhookHeaders(null, TopGgWebhookSignature.Create(Bytes(VoteCreate), Other, Now), null);
        for (var round = 0; round < 3; round++)
        {
            Assert.True(verifier.Verify(Bytes(VoteCreate), ownHeaders).IsAccepted);
            AssertRejected(verifier.Verify(Bytes(VoteCreate), otherHeaders), TopGgWebhookRejectionReason.InvalidSignature, 403);
            Assert.True(verifier.Verify(Bytes(VoteCreate), otherHeaders, authorization: null, secret: Other).IsAccepted);
            AssertRejected(verifier.Verify(Bytes(VoteCreate), ownHeaders, authorization: null, secret: Other), TopGgWebhookRejectionReason.InvalidSignature, 403);
        }

        Assert.Equal("t=1770598040,v1=" + KnownDigest, TopGgWebhookSignature.Create("{}"u8, Secret, DateTimeOffset.FromUnixTimeSeconds(1770598040)));
    }

    [Fact]
    public void A_tampered_body_is_refused_with_403()
    {
        var headers = Signed(VoteCreate);
        var tampered = VoteCreate.Replace("\"weight\":1", "\"weight\":9", StringComparison.Ordinal);

        var result = CreateVerifier().Verify(Bytes(tampered), headers);

        AssertRejected(result, TopGgWebhookRejectionReason.InvalidSignature, 403);
    }

    [Fact]
    public void A_signature_made_with_another_secret_is_refused_with_403()
    {
        var result = CreateVerifier().Verify(Bytes(VoteCreate), Signed(VoteCreate, secret: "whs_someone_else"));

        AssertRejected(result, TopGgWebhookRejectionReason.InvalidSignature, 403);
    }

    [Theory]
    [InlineData(-31)]
    [InlineData(31)]
    [InlineData(-3600)]
    public void A_timestamp_outside_the_window_is_refused_with_403(int offsetSeconds)
    {
        var result = CreateVerifier().Verify(Bytes(VoteCreate), Signed(VoteCreate, Now.AddSeconds(offsetSeconds)));

        AssertRejected(result, TopGgWebhookRejectionReason.TimestampOutsideWindow, 403);
        Assert.Contains(offsetSeconds < 0 ? "past" : "future", result.Rejection!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-30)]
    [InlineData(30)]
    [InlineData(0)]
    public void A_timestamp_at_the_edge_of_the_window_is_accepted(int offsetSeconds)
    {
        var result = CreateVerifier().Verify(Bytes(VoteCreate), Signed(VoteCreate, Now.AddSeconds(offsetSeconds)));

        Assert.True(result.IsAccepted, result.ToString());
    }

    [Fact]
    public void The_window_is_configurable_and_measured_on_the_given_clock()
    {
        var verifier = CreateVerifier(options => options.TimestampWindow = TimeSpan.FromMinutes(5));
        var headers = Signed(VoteCreate);

        _time.Advance(TimeSpan.FromMinutes(4));
        Assert.True(verifier.Verify(Bytes(VoteCreate), headers).IsAccepted);

        _time.Advance(TimeSpan.FromMinutes(2));
        AssertRejected(verifier.Verify(Bytes(VoteCreate), headers), TopGgWebhookRejectionReason.TimestampOutsideWindow, 403);
    }

    [Fact]
    public void A_missing_signature_is_refused_with_401_when_the_format_is_pinned_to_V2()
    {
        var verifier = CreateVerifier(options => options.Format = TopGgWebhookFormat.V2);

        var result = verifier.Verify(Bytes(VoteCreate), new TopGgWebhookHeaders("some auth", null, "trace"));

        AssertRejected(result, TopGgWebhookRejectionReason.MissingCredentials, 401);
    }

    [Fact]
    public void An_unsigned_request_to_a_V2_only_endpoint_is_refused_with_401()
    {
        var result = CreateVerifier().Verify(Bytes(LegacyBotVote), Legacy());

        AssertRejected(result, TopGgWebhookRejectionReason.FormatNotConfigured, 401);
    }

    [Fact]
    public void A_signed_request_to_a_legacy_only_endpoint_is_refused_with_401()
    {
        var verifier = new TopGgWebhookVerifier(new TopGgWebhookOptions { Authorization = Authorization, TimeProvider = _time });

        var result = verifier.Verify(Bytes(VoteCreate), Signed(VoteCreate));

        AssertRejected(result, TopGgWebhookRejectionReason.FormatNotConfigured, 401);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("t=1770598040")]
    [InlineData("v1=00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff")]
    [InlineData("t=abc,v1=00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff")]
    [InlineData("t=-5,v1=00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff")]
    [InlineData("t=1770598040,v1=zz112233445566778899aabbccddeeff00112233445566778899aabbccddeeff")]
    [InlineData("t=1770598040,v1=0011")]
    [InlineData("t=1770598040,t=1770598041,v1=00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff")]
    [InlineData("t=1770598040,,v1=00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff")]
    public void A_malformed_signature_header_is_refused_with_400(string header)
    {
        var result = CreateVerifier().Verify(Bytes(VoteCreate), new TopGgWebhookHeaders(null, header, "trace"));

        AssertRejected(result, TopGgWebhookRejectionReason.MalformedSignature, 400);
    }

    [Fact]
    public void Parts_in_any_order_with_spaces_and_extra_keys_are_read()
    {
        var valid = Signed(VoteCreate).Signature!;
        var parts = valid.Split(',');
        var reordered = $" {parts[1]} , v0=ignored, {parts[0]} ";

        var result = CreateVerifier().Verify(Bytes(VoteCreate), new TopGgWebhookHeaders(null, reordered, null));

        Assert.True(result.IsAccepted, result.ToString());
        Assert.Null(result.Event.TraceId);
    }

    [Fact]
    public void One_matching_digest_among_several_is_enough_so_secrets_can_rotate()
    {
        var valid = Signed(VoteCreate).Signature!;
        var withOld = valid + ",v1=" + new string('0', 64);

        Assert.True(CreateVerifier().Verify(Bytes(VoteCreate), new TopGgWebhookHeaders(null, withOld, null)).IsAccepted);
    }

    [Fact]
    public void Uppercase_hex_digests_are_accepted()
    {
        var valid = Signed(VoteCreate).Signature!;
        var upper = valid[..(valid.IndexOf("v1=", StringComparison.Ordinal) + 3)] + valid[(valid.IndexOf("v1=", StringComparison.Ordinal) + 3)..].ToUpperInvariant();

        Assert.True(CreateVerifier().Verify(Bytes(VoteCreate), new TopGgWebhookHeaders(null, upper, null)).IsAccepted);
    }

    [Fact]
    public void A_per_request_secret_replaces_the_configured_one()
    {
        var verifier = CreateVerifier();
        var headers = Signed(VoteCreate, secret: "whs_connection_42");

        AssertRejected(verifier.Verify(Bytes(VoteCreate), headers), TopGgWebhookRejectionReason.InvalidSignature, 403);
        Assert.True(verifier.Verify(Bytes(VoteCreate), headers, authorization: null, secret: "whs_connection_42").IsAccepted);
    }

    [Fact]
    public void A_body_over_the_cap_is_refused_with_413_before_anything_else()
    {
        var verifier = CreateVerifier(options => options.MaxBodyBytes = 100);
        var body = VoteCreate + new string(' ', 200);

        AssertRejected(verifier.Verify(Bytes(body), new TopGgWebhookHeaders(null, null, null)), TopGgWebhookRejectionReason.BodyTooLarge, 413);
    }

    internal static void AssertRejected(TopGgWebhookResult result, TopGgWebhookRejectionReason reason, int status)
    {
        Assert.False(result.IsAccepted, result.ToString());
        Assert.Equal(reason, result.Rejection.Reason);
        Assert.Equal(status, result.Rejection.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(result.Rejection.Message));
    }
}
