using Guildhall.TopGg.Webhooks;

namespace Guildhall.TopGg.Tests.Webhooks;

public sealed class TopGgVoteQueryTests
{
    [Theory]
    [InlineData("?a=1&b=2", "a", "1")]
    [InlineData("a=1&b=2", "b", "2")]
    [InlineData("?name=J%C3%BCrgen+M", "name", "Jürgen M")]
    [InlineData("?q=a%2Bb%26c%3Dd", "q", "a+b&c=d")]
    [InlineData("?flag", "flag", "")]
    [InlineData("?k=v=w", "k", "v=w")]
    [InlineData("?a=1&a=2", "a", "1")]
    [InlineData("?bad=%zz%", "bad", "%zz%")]
    [InlineData("?a=1&&b=2", "b", "2")]
    [InlineData("?%F0%9F%8E%89=party", "🎉", "party")]
    public void Pairs_are_url_decoded(string query, string key, string expected)
    {
        Assert.Equal(expected, TopGgVoteQuery.Parse(query)[key]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("?")]
    [InlineData("  ")]
    [InlineData("&&")]
    [InlineData("=orphan")]
    public void Empty_queries_give_an_empty_map(string? query)
    {
        Assert.Empty(TopGgVoteQuery.Parse(query));
    }

    [Fact]
    public void The_map_cannot_be_modified()
    {
        var map = TopGgVoteQuery.Parse("?a=1");

        Assert.False(map is IDictionary<string, string> { IsReadOnly: false });
    }
}
