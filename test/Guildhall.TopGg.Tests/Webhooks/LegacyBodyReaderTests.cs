using System.Security.Cryptography;
using System.Text;
using Guildhall.TopGg.Webhooks;

namespace Guildhall.TopGg.Tests.Webhooks;

public sealed class LegacyBodyReaderTests
{
    // Each field as Top.gg writes it and in the other shapes a body may hold: absent (null), numbers, null, escapes,
    // other spellings, the wrong kind. Only the first of each list is the shape the one-pass reader takes.
    private static readonly string?[] Ids = ["\"1026525568344264724\"", null, "1026525568344264724", "null", "\"\"", "\"me\"",
        "\"\\u0031026525568344264724\"", "\"0012\"", "\"18446744073709551616\"", "{}", "[1]", "true"];

    private static readonly string?[] Types = ["\"upvote\"", "\"test\"", null, "\"Upvote\"", "\"TEST\"", "\"unknown\"", "\"\"",
        "\"\\u0075pvote\"", "1", "null", "{\"a\":[]}"];

    private static readonly string?[] Weekends = ["false", "true", null, "null", "\"true\"", "\"sometimes\"", "0", "[]"];

    private static readonly string?[] Queries = ["\"?ref=wrk\"", "\"\"", null, "\"a=1&b=2&a=3\"", "\"?x=%C3%A9+y\"",
        "\"\\/path\"", "null", "12", "{}"];

    [Fact]
    public void Every_body_the_one_pass_reader_takes_reads_as_the_document_reads_it_and_every_other_falls_back()
    {
        var random = new Random(20261206);
        var taken = 0;
        for (var sample = 0; sample < 20_000; sample++)
        {
            var body = Encoding.UTF8.GetBytes(RandomBody(random));
            var key = DeduplicationKeys.Legacy(SHA256.HashData(body));

            var actual = TopGgWebhookParser.ParseLegacy(body);
            var expected = TopGgWebhookParser.ParseLegacyDocument(body, key);

            taken += LegacyBodyReader.TryRead(body, out _) ? 1 : 0;
            AssertSameResult(expected, actual, Encoding.UTF8.GetString(body));
        }

        // The comparison means something only if both ways are exercised often.
        Assert.InRange(taken, 1_000, 19_000);
    }

    [Theory]
    [InlineData("""{"bot":"1026525568344264724","user":"661200758510977084","type":"upvote","isWeekend":false,"query":"?ref=wrk"}""")]
    [InlineData("""{"guild":"1026525568344264724","user":"661200758510977084","type":"test","query":""}""")]
    [InlineData(""" { "user" : "661200758510977084", "bot" : "1", "extra" : { "nested" : [1, {"deep": null}] } } """)]
    public void The_shapes_Top_gg_sends_are_read_in_one_pass(string body)
    {
        Assert.True(LegacyBodyReader.TryRead(Encoding.UTF8.GetBytes(body), out var vote));
        Assert.Equal(661200758510977084UL, vote.VoterId);
    }

    [Theory]
    [InlineData("\uFEFF{\"bot\":\"1\",\"user\":\"2\"}")]
    [InlineData("{\"bot\":\"1\",\"user\":\"2\"} {}")]
    [InlineData("{\"bot\":\"1\",\"user\":\"2\"")]
    [InlineData("{\"bot\":\"1\",\"user\":\"2\",\"x\":[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]}")]
    [InlineData("{\"b\\u006ft\":\"1\",\"user\":\"2\"}")]
    [InlineData("[{\"bot\":\"1\",\"user\":\"2\"}]")]
    [InlineData("{\"bot\":\"1\"}")]
    [InlineData("{\"user\":\"2\"}")]
    public void Bodies_of_any_other_shape_are_left_to_the_document(string body)
    {
        Assert.False(LegacyBodyReader.TryRead(Encoding.UTF8.GetBytes(body), out _));
    }

    [Fact]
    public void A_body_that_is_not_UTF_8_is_left_to_the_document()
    {
        byte[] body = [.. "{\"bot\":\"1\",\"user\":\"2\",\"query\":\""u8, 0xC3, 0x28, .. "\"}"u8];

        Assert.False(LegacyBodyReader.TryRead(body, out _));
    }

    private static string RandomBody(Random random)
    {
        var fields = new List<string>();
        Add(fields, "bot", Pick(random, Ids));
        Add(fields, "guild", random.Next(4) == 0 ? Pick(random, Ids) : null);
        Add(fields, "user", Pick(random, Ids));
        Add(fields, "type", Pick(random, Types));
        Add(fields, "isWeekend", Pick(random, Weekends));
        Add(fields, "query", Pick(random, Queries));
        if (random.Next(4) == 0)
        {
            fields.Add("\"extra\":{\"list\":[1,2,{\"x\":null}],\"s\":\"\\\"\"}");
        }

        if (random.Next(8) == 0 && fields.Count > 0)
        {
            // A repeated field: the last one wins on both ways.
            fields.Add(fields[random.Next(fields.Count)].Replace(":", ": ", StringComparison.Ordinal));
        }

        var shuffled = fields.OrderBy(_ => random.Next()).ToList();
        var body = "{" + string.Join(random.Next(2) == 0 ? "," : " ,\n ", shuffled) + "}";
        return random.Next(20) switch
        {
            0 => body + " x",
            1 => "\uFEFF" + body,
            2 => body[..^1],
            _ => body,
        };
    }

    private static string? Pick(Random random, string?[] choices) =>
        random.Next(2) == 0 ? choices[0] : choices[random.Next(choices.Length)];

    private static void Add(List<string> fields, string name, string? value)
    {
        if (value is not null)
        {
            fields.Add($"\"{name}\":{value}");
        }
    }

    private static void AssertSameResult(TopGgWebhookResult expected, TopGgWebhookResult actual, string body)
    {
        Assert.True(expected.IsAccepted == actual.IsAccepted, body);
        if (!expected.IsAccepted)
        {
            Assert.Equal(expected.Rejection!.Reason, actual.Rejection!.Reason);
            Assert.Equal(expected.Rejection.Message, actual.Rejection.Message);
            return;
        }

        var want = (LegacyVoteEvent)expected.Event!;
        var got = (LegacyVoteEvent)actual.Event!;
        // Query maps are compared by content: records compare them by reference.
        Assert.Equal(want with { Query = TopGgVoteQuery.Empty }, got with { Query = TopGgVoteQuery.Empty });
        Assert.Equal(want.Query.OrderBy(pair => pair.Key), got.Query.OrderBy(pair => pair.Key));
    }
}
