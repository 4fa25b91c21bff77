using System.Security.Cryptography;
using System.Text;
using Guildhall.TopGg.Models;
using Guildhall.TopGg.Webhooks;
using Microsoft.Extensions.Time.Testing;
using static Guildhall.TopGg.Tests.Webhooks.TopGgWebhookVerifierV2Tests;
using static Guildhall.TopGg.Tests.Webhooks.WebhookSamples;

namespace Guildhall.TopGg.Tests.Webhooks;

/// <summary>
/// The fields the parser reads straight from the body's UTF-8 bytes (snowflakes, dates with an offset, lowercase enum
/// names, the vote type) must read exactly as the general path does, and whatever the fast path does not take must
/// still be read, or refused, the general way.
/// </summary>
public sealed class WebhookFieldReadingTests
{
    private readonly TopGgWebhookVerifier _verifier = new(new TopGgWebhookOptions
    {
        Secret = Secret,
        Authorization = Authorization,
        TimeProvider = new FakeTimeProvider(Now),
    });

    private TopGgWebhookResult Verify(string body) => _verifier.Verify(Bytes(body), Signed(body));

    private static string WithVoteId(string id) => VoteCreate.Replace("\"id\":\"808499215864008704\"", $"\"id\":{id}", StringComparison.Ordinal);

    [Theory]
    [InlineData("\"808499215864008704\"")]
    [InlineData("\"\\u0038\\u00308499215864008704\"")]
    [InlineData("808499215864008704")]
    public void A_snowflake_is_read_as_a_plain_escaped_or_numeric_value(string id)
    {
        var vote = Assert.IsType<VoteCreateEvent>(Verify(WithVoteId(id)).Event);

        Assert.Equal(808499215864008704UL, vote.VoteId);
        Assert.Equal("vote:808499215864008704", vote.DeduplicationKey);
    }

    [Theory]
    [InlineData("\"+808499215864008704\"")]
    [InlineData("\" 808499215864008704\"")]
    [InlineData("\"808499215864008704 \"")]
    [InlineData("\"-1\"")]
    [InlineData("\"18446744073709551616\"")]
    [InlineData("\"\"")]
    [InlineData("\"8084992158640087O4\"")]
    public void A_snowflake_string_that_is_not_only_digits_of_a_64_bit_id_is_refused_naming_the_field(string id)
    {
        var result = Verify(WithVoteId(id));

        AssertRejected(result, TopGgWebhookRejectionReason.InvalidPayload, 422);
        Assert.Contains("data.id should be a snowflake id", result.Rejection!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-02-09T05:47:14.25-05:00", 2026, 2, 9, 5, 47, 14, -5)]
    [InlineData("2026-02-09T00:47:14Z", 2026, 2, 9, 0, 47, 14, 0)]
    [InlineData("2026-02-09T00:47:14", 2026, 2, 9, 0, 47, 14, 0)]
    [InlineData("2026-02-09", 2026, 2, 9, 0, 0, 0, 0)]
    [InlineData("2026-02-09 00:47:14+00:00", 2026, 2, 9, 0, 47, 14, 0)]
    public void Dates_with_and_without_an_offset_are_read_and_a_missing_offset_means_utc(
        string text, int year, int month, int day, int hour, int minute, int second, int offsetHours)
    {
        var body = VoteCreate.Replace("2026-02-09T00:47:14.2510149+00:00", text, StringComparison.Ordinal);

        var created = Assert.IsType<VoteCreateEvent>(Verify(body).Event).CreatedAt;

        var expected = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.FromHours(offsetHours));
        Assert.Equal(expected, created.AddTicks(-(created.Ticks % TimeSpan.TicksPerSecond)));
        Assert.Equal(expected.Offset, created.Offset);
    }

    [Theory]
    [InlineData("2026-02-30T00:47:14Z")]
    [InlineData("2026-02-09T25:47:14+00:00")]
    [InlineData("2026-02-09T00:47:14+0x:00")]
    public void An_impossible_date_is_refused_naming_the_field(string text)
    {
        var body = VoteCreate.Replace("2026-02-09T00:47:14.2510149+00:00", text, StringComparison.Ordinal);

        var result = Verify(body);

        AssertRejected(result, TopGgWebhookRejectionReason.InvalidPayload, 422);
        Assert.Contains("data.created_at is not a date", result.Rejection!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bot", "discord", TopGgProjectType.Bot, TopGgPlatform.Discord)]
    [InlineData("SERVER", "Discord", TopGgProjectType.Server, TopGgPlatform.Discord)]
    [InlineData("game", "unknown", TopGgProjectType.Game, TopGgPlatform.Unknown)]
    [InlineData("1", "2", TopGgProjectType.Unknown, TopGgPlatform.Unknown)]
    public void Enum_names_are_read_in_any_case_and_numbers_are_not_taken_for_members(
        string type, string platform, TopGgProjectType expectedType, TopGgPlatform expectedPlatform)
    {
        var body = VoteCreate.Replace("\"type\":\"bot\"", $"\"type\":\"{type}\"", StringComparison.Ordinal)
            .Replace("\"platform\":\"discord\"", $"\"platform\":\"{platform}\"", StringComparison.Ordinal);

        var project = Assert.IsType<VoteCreateEvent>(Verify(body).Event).Project;

        Assert.Equal(expectedType, project.Type);
        Assert.Equal(expectedPlatform, project.Platform);
    }

    [Fact]
    public void An_escaped_vote_type_is_still_a_vote()
    {
        var body = VoteCreate.Replace("\"type\":\"vote.create\"", "\"type\":\"vote\\u002ecreate\"", StringComparison.Ordinal);

        Assert.IsType<VoteCreateEvent>(Verify(body).Event);
    }

    [Fact]
    public void A_vote_type_that_is_not_a_string_is_refused_naming_the_field()
    {
        var body = VoteCreate.Replace("\"type\":\"vote.create\"", "\"type\":[\"vote.create\"]", StringComparison.Ordinal);

        var result = Verify(body);

        AssertRejected(result, TopGgWebhookRejectionReason.InvalidPayload, 422);
        Assert.Contains("type should be a string", result.Rejection!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_legacy_deduplication_key_is_the_hex_digest_of_the_body_as_before()
    {
        var vote = Assert.IsType<LegacyBotVoteEvent>(_verifier.Verify(Bytes(LegacyBotVote), Legacy()).Event);

        var expected = "legacy:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(LegacyBotVote)));
        Assert.Equal(expected, vote.DeduplicationKey);
        Assert.Equal(LegacyVoteType.Upvote, vote.Type);
        Assert.True(vote.IsWeekend);
        Assert.Equal(2, vote.Weight);
    }

    [Theory]
    [InlineData("?ref=plain&campaign=spring", "plain", "spring")]
    [InlineData("ref=a+b&campaign=%E2%9C%93", "a b", "\u2713")]
    [InlineData("?ref=100%&campaign=", "100%", "")]
    public void Query_values_with_and_without_escapes_are_decoded(string query, string reference, string campaign)
    {
        var body = LegacyBotVote.Replace("?ref=discord%20ads&campaign=spring+sale", query, StringComparison.Ordinal);

        var vote = Assert.IsType<LegacyBotVoteEvent>(_verifier.Verify(Bytes(body), Legacy()).Event);

        Assert.Equal(reference, vote.Query["ref"]);
        Assert.Equal(campaign, vote.Query["campaign"]);
    }

    [Theory]
    [InlineData("t=1770598040 , v1=")]
    [InlineData("t=1770598040,v1= ")]
    [InlineData("t=1770598040,=abc,v1=00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff")]
    [InlineData("t=1770598040,v1=00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff,v1=0011")]
    [InlineData("t=1770598040,v1=00112233445566778899aabbccddeeff00112233445566778899aabbccddeef ")]
    [InlineData("t=1770598040,v1=00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff0")]
    [InlineData("t=,v1=00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff")]
    [InlineData("t=1234567890123,v1=00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff")]
    [InlineData("t = 17 70,v1=00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff")]
    public void Odd_signature_headers_are_refused_as_malformed(string header)
    {
        var result = _verifier.Verify(Bytes(VoteCreate), new TopGgWebhookHeaders(null, header, null));

        AssertRejected(result, TopGgWebhookRejectionReason.MalformedSignature, 400);
    }

    [Fact]
    public void A_valid_digest_in_any_position_among_several_matches()
    {
        var valid = Signed(VoteCreate).Signature!;
        var timestamp = valid[..valid.IndexOf(',', StringComparison.Ordinal)];
        var digest = valid[(valid.IndexOf("v1=", StringComparison.Ordinal) + 3)..];
        var wrong = new string('a', 64);
        var header = $"v1={wrong},{timestamp},  v1 = {digest} ,v1={wrong}";

        Assert.True(_verifier.Verify(Bytes(VoteCreate), new TopGgWebhookHeaders(null, header, null)).IsAccepted);
        var allWrong = $"v1={wrong},{timestamp},v1={wrong}";
        AssertRejected(_verifier.Verify(Bytes(VoteCreate), new TopGgWebhookHeaders(null, allWrong, null)), TopGgWebhookRejectionReason.InvalidSignature, 403);
    }

    [Theory]
    [InlineData("legacy-webhook-auth", true)]
    [InlineData("legacy-webhook-aut", false)]
    [InlineData("legacy-webhook-auth ", false)]
    [InlineData("légacy-webhook-auth", false)]
    public void The_authorization_is_compared_exactly_whatever_its_length(string sent, bool accepted)
    {
        var result = _verifier.Verify(Bytes(LegacyBotVote), Legacy(sent));

        Assert.Equal(accepted, result.IsAccepted);
        var tooLong = _verifier.Verify(Bytes(LegacyBotVote), Legacy(sent + new string('x', 1000)));
        AssertRejected(tooLong, TopGgWebhookRejectionReason.InvalidCredentials, 401);
    }

    [Theory]
    [InlineData("{\"bot\":\"1026525568344264724\",\"user\":\"661200758510977084\",\"type\":\"upv")]
    [InlineData("{\"bot\":\"1026525568344264724\",\"user\":")]
    [InlineData("{\"bot\":\"1026525568344264724\",\"user\":\"66120075851097708")]
    public void A_truncated_legacy_body_is_refused_as_malformed(string body)
    {
        AssertRejected(_verifier.Verify(Bytes(body), Legacy()), TopGgWebhookRejectionReason.MalformedBody, 400);
    }
}
