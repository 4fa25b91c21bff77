using System.Text.Json;
using System.Text.Json.Serialization;
using Guildhall.Core.Json;

namespace Guildhall.Core.Tests.Json;

public sealed class TolerantEnumConverterTests
{
    public enum Kind
    {
        Unknown = 0,

        [JsonStringEnumMemberName("bot")]
        Bot,

        [JsonStringEnumMemberName("new_feature")]
        NewFeature,
    }

    private static readonly JsonSerializerOptions Options = new() { Converters = { new TolerantEnumConverter<Kind>() } };

    [Theory]
    [InlineData("\"bot\"", Kind.Bot)]
    [InlineData("\"Bot\"", Kind.Bot)]
    [InlineData("\"new_feature\"", Kind.NewFeature)]
    [InlineData("\"NewFeature\"", Kind.NewFeature)]
    [InlineData("\"server\"", Kind.Unknown)]
    public void Wire_names_that_differ_from_member_names_only_by_case_read(string json, Kind expected) =>
        Assert.Equal(expected, JsonSerializer.Deserialize<Kind>(json, Options));

    [Fact]
    public void Writes_the_wire_name() =>
        Assert.Equal("\"bot\"", JsonSerializer.Serialize(Kind.Bot, Options));
}
