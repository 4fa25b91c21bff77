using System.Text.Json.Nodes;

namespace Guildhall.Sandbox.Tests.Osu;

/// <summary>The shape comparison the conformance suite relies on looks at every element of every array, not the first.</summary>
public sealed class OsuShapeAssertionTests
{
    [Fact]
    public void A_later_element_that_lacks_a_key_every_recorded_element_has_fails()
    {
        var recorded = JsonNode.Parse("""[{"id":1,"mode":"osu"},{"id":2,"mode":"taiko"}]""");
        var sandbox = JsonNode.Parse("""[{"id":1,"mode":"osu"},{"id":2}]""");

        var failure = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => OsuJson.AssertSameShape(recorded, sandbox));

        Assert.Contains("$[1] lacks mode", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_later_element_of_another_kind_fails()
    {
        var recorded = JsonNode.Parse("""{"scores":[{"pp":1.5},{"pp":2}]}""");
        var sandbox = JsonNode.Parse("""{"scores":[{"pp":3},{"pp":"4"}]}""");

        var failure = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => OsuJson.AssertSameShape(recorded, sandbox));

        Assert.Contains("$.scores[1].pp", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_only_some_recorded_elements_have_is_optional_and_nulls_match_any_kind()
    {
        var recorded = JsonNode.Parse("""[{"id":1,"hype":null,"owners":[{"id":1}]},{"id":2,"hype":{"current":1},"owners":[],"extra":true}]""");
        var sandbox = JsonNode.Parse("""[{"id":3,"hype":{"current":0},"owners":[{"id":4},{"id":5}]},{"id":4,"hype":null,"owners":[]}]""");

        OsuJson.AssertSameShape(recorded, sandbox);
    }

    [Fact]
    public void Keys_a_later_recorded_element_shares_are_checked_in_nested_lists()
    {
        var recorded = JsonNode.Parse("""[{"beatmaps":[{"id":1,"checksum":"a"}]},{"beatmaps":[{"id":2,"checksum":"b"}]}]""");
        var sandbox = JsonNode.Parse("""[{"beatmaps":[{"id":1,"checksum":"a"}]},{"beatmaps":[{"id":2,"checksum":"b"},{"id":3}]}]""");

        var failure = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => OsuJson.AssertSameShape(recorded, sandbox));

        Assert.Contains("$[1].beatmaps[1] lacks checksum", failure.Message, StringComparison.Ordinal);
    }
}
