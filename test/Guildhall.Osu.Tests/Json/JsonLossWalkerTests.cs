using System.Text.Json.Nodes;
using Guildhall.Testing;

namespace Guildhall.Osu.Tests.Json;

/// <summary>The loss walker that the round-trip tests rely on does notice a loss, however small.</summary>
public sealed class JsonLossWalkerTests
{
    [Fact]
    public void The_walker_notices_a_member_that_was_not_written()
    {
        var losses = JsonLossWalker.FindLosses(JsonNode.Parse("""{"id":1,"brand_new_field":[1,2]}"""), JsonNode.Parse("""{"id":1}"""));

        Assert.Equal(["$.brand_new_field: not written (an array of 2)"], losses);
    }

    [Fact]
    public void The_walker_notices_a_changed_value()
    {
        var losses = JsonLossWalker.FindLosses(JsonNode.Parse("""{"pp":318.442,"at":"2025-02-11T09:41:27Z"}"""), JsonNode.Parse("""{"pp":318,"at":"2025-02-11T09:41:28+00:00"}"""));

        Assert.Equal(2, losses.Count);
    }

    [Theory]
    [InlineData("""{"source":""}""", """{"source":null}""")]
    [InlineData("""{"source":null}""", """{}""")]
    [InlineData("""{"at":"2025-02-11T09:41:27Z"}""", """{"at":"2025-02-11T09:41:27+00:00"}""")]
    [InlineData("""{"mods":["HD"]}""", """{"mods":[{"acronym":"HD"}]}""")]
    [InlineData("""{"statistics":[]}""", """{"statistics":{}}""")]
    [InlineData("""{"count":"5"}""", """{"count":5}""")]
    [InlineData("""{"list":[1,2,3]}""", """{"list":[1,2,4]}""")]
    public void The_walker_notices_a_value_written_in_another_shape(string original, string written)
    {
        Assert.NotEmpty(JsonLossWalker.FindLosses(JsonNode.Parse(original), JsonNode.Parse(written)));
    }

    [Fact]
    public void Member_order_and_number_spelling_are_not_losses()
    {
        Assert.Empty(JsonLossWalker.FindLosses(JsonNode.Parse("""{"a":8.0,"b":"x"}"""), JsonNode.Parse("""{"b":"x","a":8}""")));
    }
}
