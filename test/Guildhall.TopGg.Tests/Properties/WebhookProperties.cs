using System.Text;
using CsCheck;
using Guildhall.TopGg.Webhooks;
using Microsoft.Extensions.Time.Testing;
using static Guildhall.TopGg.Tests.Webhooks.WebhookSamples;

namespace Guildhall.TopGg.Tests.Properties;

/// <summary>
/// Webhook deliveries from the internet: whatever the body and headers, verification answers with a result and never
/// throws; a V2 signature holds for exactly the bytes and secret it was made with; a legacy <c>query</c> parses back to
/// the pairs it was built from.
/// </summary>
public sealed class WebhookProperties
{
    private static readonly TopGgWebhookVerifier Verifier = new(new TopGgWebhookOptions { Secret = Secret, Authorization = Authorization, TimeProvider = new FakeTimeProvider(Now) });

    private static readonly Gen<string?> AnyHeader = Gen.OneOf<string?>(
        Gen.String.Select(text => (string?)text),
        Gen.Const<string?>(() => null),
        Gen.Select(Gen.Long, Gen.String[0, 70]).Select((seconds, digest) => (string?)$"t={seconds},v1={digest}"));

    [Fact]
    public void Any_body_and_headers_get_a_result_never_an_exception()
    {
        Gen.Select(Gen.Byte.Array[0, 300], AnyHeader, AnyHeader, AnyHeader).Sample((body, authorization, signature, trace) =>
        {
            var result = Verifier.Verify(body, new TopGgWebhookHeaders(authorization, signature, trace));
            Assert.True(result.IsAccepted ^ result.Rejection is not null);
            Assert.NotNull(TopGgWebhookParser.ParseLegacy(body));
            Assert.NotNull(TopGgWebhookParser.ParseV2(body, trace));
        });
    }

    [Fact]
    public void A_signature_holds_for_its_own_bytes_and_secret_and_for_no_other()
    {
        Gen.Select(Gen.Byte.Array[1, 200], Gen.Int.NonNegative, Gen.Byte[1, 255]).Sample((body, position, flip) =>
        {
            var headers = new TopGgWebhookHeaders(null, TopGgWebhookSignature.Create(body, Secret, Now), "trace");
            Assert.NotEqual(TopGgWebhookRejectionReason.InvalidSignature, Verifier.Verify(body, headers).Rejection?.Reason);

            var tampered = (byte[])body.Clone();
            tampered[position % tampered.Length] ^= flip;
            Assert.Equal(TopGgWebhookRejectionReason.InvalidSignature, Verifier.Verify(tampered, headers).Rejection?.Reason);

            var forged = new TopGgWebhookHeaders(null, TopGgWebhookSignature.Create(body, Secret + "x", Now), "trace");
            Assert.Equal(TopGgWebhookRejectionReason.InvalidSignature, Verifier.Verify(body, forged).Rejection?.Reason);
        });
    }

    [Fact]
    public void A_correctly_signed_vote_is_accepted_whatever_its_trace()
    {
        Gen.String[0, 40].Sample(trace =>
        {
            var body = Encoding.UTF8.GetBytes(VoteCreate);
            var result = Verifier.Verify(body, new TopGgWebhookHeaders(null, TopGgWebhookSignature.Create(body, Secret, Now), trace));
            Assert.True(result.IsAccepted, result.ToString());
        });
    }

    [Fact]
    public void A_query_string_parses_back_to_the_pairs_it_was_built_from()
    {
        var pairs = Gen.Select(Gen.String[1, 12], Gen.String[0, 12]).Array[0, 6];
        pairs.Sample(built =>
        {
            var query = "?" + string.Join('&', built.Select(pair => Uri.EscapeDataString(pair.Item1) + "=" + Uri.EscapeDataString(pair.Item2)));
            var expected = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, value) in built)
            {
                expected.TryAdd(name, value);
            }

            Assert.Equal(expected.OrderBy(pair => pair.Key, StringComparer.Ordinal), TopGgVoteQuery.Parse(query).OrderBy(pair => pair.Key, StringComparer.Ordinal));
        });
    }

    [Fact]
    public void Any_query_string_parses_without_throwing()
    {
        Gen.String.Sample(query => Assert.NotNull(TopGgVoteQuery.Parse(query)));
    }
}
