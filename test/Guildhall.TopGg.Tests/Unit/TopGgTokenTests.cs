using System.Net;
using Guildhall.Testing;
using Guildhall.TopGg.Tests.Infrastructure;

namespace Guildhall.TopGg.Tests.Unit;

public sealed class TopGgTokenTests
{
    [Fact]
    public void Reads_the_id_bot_flag_and_issue_time_from_the_payload()
    {
        var token = TopGgToken.Parse(TestTokens.Create(264811613708746752));

        Assert.Equal(264811613708746752UL, token.Id);
        Assert.True(token.IsBot);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1757663231), token.IssuedAt);
    }

    [Fact]
    public void Accepts_a_numeric_id_and_a_bearer_prefix()
    {
        var token = TopGgToken.Parse("Bearer " + TestTokens.CreateWithPayload("""{"id":1026525568344264724}"""));

        Assert.Equal(1026525568344264724UL, token.Id);
        Assert.False(token.IsBot);
        Assert.Null(token.IssuedAt);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("not-a-token", "header.payload.signature")]
    [InlineData("a..c", "header.payload.signature")]
    [InlineData("a.%%%.c", "base64url")]
    [InlineData("a.bm90IGpzb24.c", "not JSON")]
    [InlineData("a.eyJib3QiOnRydWV9.c", "no \"id\"")]
    [InlineData("a.eyJpZCI6ImFiYyJ9.c", "not a snowflake")]
    [InlineData("a.eyJpZCI6IjAifQ.c", "not a snowflake")]
    public void Unreadable_tokens_fail_clearly_without_echoing_the_token(string value, string reason)
    {
        var error = Assert.Throws<ArgumentException>(() => TopGgToken.Parse(value));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal("token", error.ParamName);
        if (value.Length > 0)
        {
            Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
        }

        Assert.False(TopGgToken.TryParse(value, out _));
    }

    [Fact]
    public void An_unreadable_token_fails_the_client_at_construction()
    {
        var error = Assert.Throws<ArgumentException>(() => new TopGgClient("a.eyJib3QiOnRydWV9.c"));

        Assert.Contains("not readable", error.Message, StringComparison.Ordinal);
        using var http = new HttpClient();
        Assert.Throws<ArgumentException>(() => new TopGgClient(http, new TopGgClientOptions()));
    }

    [Fact]
    public void The_token_never_shows_in_ToString()
    {
        var value = TestTokens.Create(42);
        using var client = StubClients.Create(new StubHandler(), options => options.Token = value);

        Assert.DoesNotContain(value, TopGgToken.Parse(value).ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(value, client.ToString(), StringComparison.Ordinal);
        Assert.Equal(42UL, client.BotId);
    }

    [Fact]
    public async Task Current_tokens_are_sent_as_bearer_to_both_generations()
    {
        var handler = new StubHandler((_, _) => Task.FromResult(StubHandler.Response(HttpStatusCode.OK, """{"voted":1,"id":"1","is_weekend":true}""")));
        using var client = StubClients.Create(handler);

        await client.Bots.HasVotedAsync(5);
        await client.IsWeekendAsync();
        await client.Project.GetAsync();

        Assert.NotEmpty(handler.Requests);
        Assert.All(handler.Requests, request => Assert.Equal("Bearer " + StubClients.Token, request.Authorization));
    }

    [Fact]
    public async Task Legacy_tokens_are_sent_raw_to_v0_and_as_bearer_to_v1()
    {
        var handler = new StubHandler((_, _) => Task.FromResult(StubHandler.Response(HttpStatusCode.OK, """{"voted":1,"id":"1"}""")));
        using var client = StubClients.Create(handler, options => options.LegacyToken = true);

        await client.Bots.HasVotedAsync(5);
        await client.Project.GetAsync();

        Assert.Equal(StubClients.Token, handler.Requests[0].Authorization);
        Assert.Equal("Bearer " + StubClients.Token, handler.Requests[1].Authorization);
    }
}
