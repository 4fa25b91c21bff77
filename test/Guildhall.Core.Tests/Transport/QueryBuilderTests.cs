namespace Guildhall.Core.Tests.Transport;

public sealed class QueryBuilderTests
{
    [Fact]
    public void Values_are_escaped_and_absent_ones_skipped()
    {
        var query = new QueryBuilder("bots")
            .Add("search", "username: ZoË & co")
            .Add("limit", 500L)
            .Add("offset", (long?)null)
            .Add("sort", "-points")
            .Add("include", true)
            .ToString();

        Assert.Equal("bots?search=username%3A%20Zo%C3%8B%20%26%20co&limit=500&sort=-points&include=true", query);
    }

    [Fact]
    public void Repeated_parameters_and_existing_queries_combine()
    {
        var query = new QueryBuilder("users?mode=osu").AddEach("ids[]", ["1", "2"]).ToString();

        Assert.Equal("users?mode=osu&ids%5B%5D=1&ids%5B%5D=2", query);
    }
}
