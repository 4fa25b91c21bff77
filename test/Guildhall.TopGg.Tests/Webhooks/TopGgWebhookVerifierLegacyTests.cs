using Guildhall.TopGg.Models;
using Guildhall.TopGg.Webhooks;
using static Guildhall.TopGg.Tests.Webhooks.TopGgWebhookVerifierV2Tests;
using static Guildhall.TopGg.Tests.Webhooks.WebhookSamples;

namespace Guildhall.TopGg.Tests.Webhooks;

public sealed class TopGgWebhookVerifierLegacyTests
{
    private readonly TopGgWebhookVerifier _verifier = new(new TopGgWebhookOptions { Authorization = Authorization });

    [Fact]
    public void A_bot_vote_with_the_right_authorization_is_accepted_with_every_field()
    {
        var result = _verifier.Verify(Bytes(LegacyBotVote), Legacy());

        var vote = Assert.IsType<LegacyBotVoteEvent>(result.Event);
        Assert.Equal(TopGgWebhookFormat.Legacy, vote.Format);
        Assert.Equal(1026525568344264724UL, vote.BotId);
        Assert.Equal(vote.BotId, vote.TargetId);
        Assert.Equal(661200758510977084UL, vote.UserId);
        Assert.Equal(vote.UserId, vote.VoterId);
        Assert.Equal(TopGgProjectType.Bot, vote.TargetType);
        Assert.Equal(LegacyVoteType.Upvote, vote.Type);
        Assert.False(vote.IsTest);
        Assert.True(vote.IsWeekend);
        Assert.Equal(2, vote.Weight);
        Assert.Equal("discord ads", vote.Query["ref"]);
        Assert.Equal("spring sale", vote.Query["campaign"]);
        Assert.StartsWith("legacy:", vote.DeduplicationKey, StringComparison.Ordinal);
        Assert.Null(vote.TraceId);
    }

    [Fact]
    public void A_server_vote_is_accepted_with_every_field()
    {
        var vote = Assert.IsType<LegacyServerVoteEvent>(_verifier.Verify(Bytes(LegacyServerVote), Legacy()).Event);

        Assert.Equal(222078108977594368UL, vote.GuildId);
        Assert.Equal(661200758510977084UL, vote.UserId);
        Assert.Equal(TopGgProjectType.Server, vote.TargetType);
        Assert.Equal(1, vote.Weight);
        Assert.Empty(vote.Query);
    }

    [Fact]
    public void A_test_vote_is_flagged_and_never_deduplicated()
    {
        var vote = Assert.IsType<LegacyBotVoteEvent>(_verifier.Verify(Bytes(LegacyTestVote), Legacy()).Event);

        Assert.Equal(LegacyVoteType.Test, vote.Type);
        Assert.True(vote.IsTest);
        Assert.Null(vote.DeduplicationKey);
    }

    [Fact]
    public void Identical_bodies_share_a_deduplication_key_and_different_ones_do_not()
    {
        var first = _verifier.Verify(Bytes(LegacyBotVote), Legacy()).Event!;
        var retry = _verifier.Verify(Bytes(LegacyBotVote), Legacy()).Event!;
        var other = _verifier.Verify(Bytes(LegacyBotVote.Replace("661200758510977084", "661200758510977085", StringComparison.Ordinal)), Legacy()).Event!;

        Assert.Equal(first.DeduplicationKey, retry.DeduplicationKey);
        Assert.NotEqual(first.DeduplicationKey, other.DeduplicationKey);
    }

    [Fact]
    public void A_missing_authorization_is_refused_with_401()
    {
        AssertRejected(_verifier.Verify(Bytes(LegacyBotVote), Legacy(null)), TopGgWebhookRejectionReason.MissingCredentials, 401);
    }

    [Theory]
    [InlineData("legacy-webhook-autH")]
    [InlineData("legacy-webhook-auth ")]
    [InlineData("x")]
    [InlineData("Bearer legacy-webhook-auth")]
    [InlineData("legacy-webhook-aut")]
    [InlineData("legacy-webhook-auth\0")]
    public void A_wrong_authorization_is_refused_with_401(string authorization)
    {
        var result = _verifier.Verify(Bytes(LegacyBotVote), Legacy(authorization));

        AssertRejected(result, TopGgWebhookRejectionReason.InvalidCredentials, 401);
        Assert.DoesNotContain(Authorization, result.Rejection!.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(authorization, result.Rejection.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(257)]
    [InlineData(1000)]
    public void A_secret_of_any_length_matches_itself_and_nothing_a_byte_longer_or_shorter(int length)
    {
        // Multi-byte characters, so the UTF-8 length differs from the string's: the comparison is of bytes.
        var secret = string.Concat(Enumerable.Repeat("é", length / 2)) + new string('k', length % 2);
        var verifier = new TopGgWebhookVerifier(new TopGgWebhookOptions { Authorization = secret });

        Assert.True(verifier.Verify(Bytes(LegacyBotVote), Legacy(secret)).IsAccepted);
        AssertRejected(verifier.Verify(Bytes(LegacyBotVote), Legacy(secret + "k")), TopGgWebhookRejectionReason.InvalidCredentials, 401);
        AssertRejected(verifier.Verify(Bytes(LegacyBotVote), Legacy(secret[..^1])), TopGgWebhookRejectionReason.InvalidCredentials, 401);
        AssertRejected(verifier.Verify(Bytes(LegacyBotVote), Legacy(new string('k', 4000))), TopGgWebhookRejectionReason.InvalidCredentials, 401);
    }

    [Fact]
    public void Without_a_configured_authorization_legacy_deliveries_are_refused_unless_explicitly_allowed()
    {
        var strict = new TopGgWebhookVerifier(new TopGgWebhookOptions { Secret = Secret });
        var open = new TopGgWebhookVerifier(new TopGgWebhookOptions { AllowUnauthenticatedLegacy = true });

        AssertRejected(strict.Verify(Bytes(LegacyBotVote), Legacy(null)), TopGgWebhookRejectionReason.FormatNotConfigured, 401);
        Assert.True(open.Verify(Bytes(LegacyBotVote), Legacy(null)).IsAccepted);
    }

    [Fact]
    public void Pinning_the_legacy_format_ignores_a_signature_header()
    {
        var verifier = new TopGgWebhookVerifier(new TopGgWebhookOptions { Authorization = Authorization, Format = TopGgWebhookFormat.Legacy });

        var result = verifier.Verify(Bytes(LegacyBotVote), new TopGgWebhookHeaders(Authorization, "t=1,v1=00", null));

        Assert.IsType<LegacyBotVoteEvent>(result.Event);
    }

    [Theory]
    [InlineData("""{"user":"661200758510977084","type":"upvote"}""", "bot or a guild")]
    [InlineData("""{"bot":"1026525568344264724","type":"upvote"}""", "user is missing")]
    [InlineData("""{"bot":"1026525568344264724","user":"me","type":"upvote"}""", "user should be a snowflake id")]
    [InlineData("""{"bot":"1026525568344264724","user":"1","isWeekend":"sometimes"}""", "isWeekend should be a boolean")]
    public void A_legacy_body_without_its_ids_is_refused_with_422(string body, string message)
    {
        var result = _verifier.Verify(Bytes(body), Legacy());

        AssertRejected(result, TopGgWebhookRejectionReason.InvalidPayload, 422);
        Assert.Contains(message, result.Rejection!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_vote_type_is_kept_as_unknown_rather_than_refused()
    {
        var body = LegacyBotVote.Replace("\"upvote\"", "\"superVote\"", StringComparison.Ordinal);

        Assert.Equal(LegacyVoteType.Unknown, Assert.IsType<LegacyBotVoteEvent>(_verifier.Verify(Bytes(body), Legacy()).Event).Type);
    }

    [Fact]
    public void Headers_are_read_through_a_lookup_and_never_print_the_authorization()
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["authorization"] = Authorization, ["X-TOPGG-TRACE"] = "t-9", ["x-topgg-signature"] = "" };

        var headers = TopGgWebhookHeaders.From(name => values.GetValueOrDefault(name));

        Assert.Equal(new TopGgWebhookHeaders(Authorization, null, "t-9"), headers);
        Assert.DoesNotContain(Authorization, headers.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TopGgWebhookFormat.V2, null, null)]
    [InlineData(TopGgWebhookFormat.Legacy, null, null)]
    [InlineData(TopGgWebhookFormat.Auto, 0, null)]
    [InlineData(TopGgWebhookFormat.Auto, null, 0)]
    public void Invalid_options_are_refused_at_construction(TopGgWebhookFormat format, int? windowSeconds, int? maxBody)
    {
        var options = new TopGgWebhookOptions
        {
            Format = format,
            TimestampWindow = windowSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : TopGgWebhookOptions.DefaultTimestampWindow,
            MaxBodyBytes = maxBody ?? TopGgWebhookOptions.DefaultMaxBodyBytes,
        };

        Assert.Throws<ArgumentException>(() => new TopGgWebhookVerifier(options));
    }
}
