using System.Globalization;

namespace Guildhall.Benchmarks.TopGg;

/// <summary>The bodies the webhook benchmarks deliver, in the shapes Top.gg sends and <c>bench/wrk/votes.lua</c> writes.</summary>
public static class VoteBodies
{
    private const string VoteCreatePrefix = "{\"type\":\"vote.create\",\"data\":{\"id\":\"";
    private const string VoteCreateSuffix = """
        ","weight":1,"created_at":"2026-02-09T00:47:14.2510149+00:00","expires_at":"2026-02-09T12:47:14.2510149+00:00","project":{"id":"803190510032756736","type":"bot","platform":"discord","platform_id":"160105994217586689"},"user":{"id":"3949456393249234923","platform_id":"661200758510977084","name":"username","avatar_url":"https://cdn.example/a.png"}}}
        """;

    /// <summary>A legacy bot vote by <paramref name="user"/>.</summary>
    public static string Legacy(long user) =>
        $$"""{"bot":"1026525568344264724","user":"{{user.ToString(CultureInfo.InvariantCulture)}}","type":"upvote","isWeekend":false,"query":"?ref=bench"}""";

    /// <summary>A V2 <c>vote.create</c> with the vote id <paramref name="voteId"/>.</summary>
    public static string VoteCreate(long voteId) => VoteCreatePrefix + voteId.ToString(CultureInfo.InvariantCulture) + VoteCreateSuffix;
}
