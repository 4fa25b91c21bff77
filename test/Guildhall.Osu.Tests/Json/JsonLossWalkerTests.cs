using System.Text.Json.Nodes;

namespace Guildhall.Osu.Tests.Json;

/// <summary>The loss walker that the round-trip tests rely on does notice a loss.</summary>
public sealed class JsonLossWalkerTests
{
    [Fact]
    public void The_walker_notices_a_member_the_model_does_not_map()
    {
        var losses = JsonLossWalker.FindLosses(JsonNode.Parse("""{"id":1,"brand_new_field":[1,2]}"""), JsonNode.Parse("""{"id":1}"""));

        Assert.Equal(["$.brand_new_field: not mapped (an array of 2)"], losses);
    }

    [Fact]
    public void The_walker_notices_a_changed_value()
    {
        var losses = JsonLossWalker.FindLosses(JsonNode.Parse("""{"pp":318.442,"at":"2025-02-11T09:41:27Z"}"""), JsonNode.Parse("""{"pp":318,"at":"2025-02-11T09:41:28+00:00"}"""));

        Assert.Equal(2, losses.Count);
    }
}
