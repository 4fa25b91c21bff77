using System.Text;
using Guildhall.TopGg.Webhooks;

namespace Guildhall.TopGg.Tests.Webhooks;

public sealed class VoteCreateBodyReaderTests
{
    // Each field as Top.gg writes it (the first of each list) and in the other shapes a body may hold: absent (null),
    // numbers, null, escapes, other spellings, the wrong kind.
    private static readonly string?[] Ids = ["\"808499215864008704\"", null, "808499215864008704", "null", "\"\"", "\"x1\"",
        "\"\\u0038\"", "\"0007\"", "\"18446744073709551616\"", "{}", "[]"];

    private static readonly string?[] Types = ["\"vote.create\"", "\"webhook.test\"", "\"integration.delete\"", null, "\"Vote.Create\"",
        "\"vote\\u002ecreate\"", "1", "null"];

    private static readonly string?[] Weights = ["1", "2", null, "null", "1.5", "2.0", "\"3\"", "1e1", "99999999999", "-1", "true"];

    private static readonly string?[] Dates = ["\"2026-02-09T00:47:14.2510149+00:00\"", "\"2026-02-09T12:47:14Z\"", null, "null",
        "\"2026-02-09T12:47:14\"", "\"2026-02-09\"", "\"2026-02-09T12:47:14+05:30\"", "\"not a date\"", "\"2026-02-30T00:00:00Z\"",
        "\"2026-02-09T12:47:14\\u002B00:00\"", "17", "\"\""];

    private static readonly string?[] ProjectTypes = ["\"bot\"", "\"server\"", null, "\"Bot\"", "\"bots\"", "\"\"", "null", "3"];

    private static readonly string?[] Platforms = ["\"discord\"", "\"roblox\"", null, "\"DISCORD\"", "\"\"", "null", "[]"];

    private static readonly string?[] Names = ["\"username\"", "\"\"", null, "null", "12", "\"na\\\"me\"", "\"é\"", "{}"];

    [Fact]
    public void Every_vote_the_one_pass_reader_takes_reads_as_the_document_reads_it_and_every_other_body_falls_back()
    {
        var random = new Random(20261207);
        var taken = 0;
        for (var sample = 0; sample < 20_000; sample++)
        {
            var body = Encoding.UTF8.GetBytes(RandomBody(random));

            var actual = TopGgWebhookParser.ParseV2(body, "trace-1");
            var expected = TopGgWebhookParser.ParseV2Document(body, "trace-1");

            taken += VoteCreateBodyReader.TryRead(body, "trace-1", out _) ? 1 : 0;
            var text = Encoding.UTF8.GetString(body);
            Assert.True(expected.IsAccepted == actual.IsAccepted, text);
            if (expected.IsAccepted)
            {
                // A vote is records all the way down (its project and user too), so equal in every member. Other events
                // come from the document both ways; an unknown one holds an element of its own document, which no
                // other equals, so it is compared by its text.
                Assert.Equal<object>(
                    expected.Event is UnknownWebhookEvent unknown ? unknown.Data.GetRawText() : expected.Event!,
                    actual.Event is UnknownWebhookEvent other ? other.Data.GetRawText() : actual.Event!);
            }
            else
            {
                Assert.Equal(expected.Rejection!.Reason, actual.Rejection!.Reason);
                Assert.Equal(expected.Rejection.Message, actual.Rejection.Message);
            }
        }

        // The comparison means something only if both ways are exercised often.
        Assert.InRange(taken, 1_000, 19_000);
    }

    [Fact]
    public void The_vote_Top_gg_sends_is_read_in_one_pass()
    {
        Assert.True(VoteCreateBodyReader.TryRead(Encoding.UTF8.GetBytes(WebhookSamples.VoteCreate), "trace-1", out var vote));
        Assert.Equal(808499215864008704UL, vote.VoteId);
        Assert.Equal(661200758510977084UL, vote.VoterId);
        Assert.Equal("https://cdn.example/a.png", vote.User.AvatarUrl);
    }

    [Theory]
    [InlineData("""{"type":"webhook.test","data":{}}""")]
    [InlineData("""{"type":"vote.create","data":[]}""")]
    [InlineData("""{"type":"vote.create"}""")]
    [InlineData("""{"data":{}}""")]
    public void Other_events_and_shapes_are_left_to_the_document(string body)
    {
        Assert.False(VoteCreateBodyReader.TryRead(Encoding.UTF8.GetBytes(body), null, out _));
    }

    private static string RandomBody(Random random)
    {
        var project = Object(random, [("id", Pick(random, Ids)), ("type", Pick(random, ProjectTypes)),
            ("platform", Pick(random, Platforms)), ("platform_id", Pick(random, Ids))]);
        var user = Object(random, [("id", Pick(random, Ids)), ("platform_id", Pick(random, Ids)),
            ("name", Pick(random, Names)), ("avatar_url", Pick(random, Names))]);
        var data = Object(random, [("id", Pick(random, Ids)), ("weight", Pick(random, Weights)),
            ("created_at", Pick(random, Dates)), ("expires_at", Pick(random, Dates)),
            ("project", random.Next(10) == 0 ? Pick(random, Ids) : project), ("user", random.Next(10) == 0 ? "null" : user)]);
        var body = Object(random, [("type", Pick(random, Types)), ("data", random.Next(10) == 0 ? "[]" : data)]);
        return random.Next(20) switch
        {
            0 => body + " x",
            1 => "\uFEFF" + body,
            2 => body[..^1],
            _ => body,
        };
    }

    /// <summary>An object of the fields that are present, shuffled, sometimes with an extra field or a repeated one.</summary>
    private static string Object(Random random, (string Name, string? Value)[] fields)
    {
        var members = fields.Where(field => field.Value is not null).Select(field => $"\"{field.Name}\":{field.Value}").ToList();
        if (random.Next(4) == 0)
        {
            members.Add("\"extra\":{\"list\":[1,{\"x\":null}],\"s\":\"\\\"\"}");
        }

        if (random.Next(8) == 0 && members.Count > 0)
        {
            members.Add(members[random.Next(members.Count)]);
        }

        return "{" + string.Join(random.Next(2) == 0 ? "," : " ,\n ", members.OrderBy(_ => random.Next())) + "}";
    }

    private static string? Pick(Random random, string?[] choices) =>
        random.Next(6) != 0 ? choices[0] : choices[random.Next(choices.Length)];
}
