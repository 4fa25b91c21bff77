using System.Text.Json.Serialization.Metadata;
using Guildhall.Testing;
using Guildhall.TopGg.Json;

namespace Guildhall.TopGg.Tests.Unit;

/// <summary>
/// Every Top.gg response model, read from a body in the service's wire shape and written back, loses nothing: not a
/// member it does not declare, not an empty string, not the shape of a value it reads leniently (ids sent as numbers,
/// <c>"1"</c> for true, numbers sent as strings, a date's format, an enum name it does not know) and not a
/// <see langword="null"/>; and the same holds with unknown members added at every level and string values emptied.
/// </summary>
public sealed class LosslessModelTests : WireRoundTripSuite<LosslessModelTests>
{
    private const string Bot = """
        {"id":"264811613708746752","clientid":264811613708746752,"username":"Luca","discriminator":"1365","avatar":"",
         "defAvatar":"6debd47ed13483642cf09e832ed0bc1b","lib":"","prefix":"- or @Luca","shortdesc":"Luca is a bot","longdesc":"",
         "tags":["Fun","Fun"],"website":"https://luca.moe","support":"KYZsaFb","github":"","owners":["129908908096487424",129908908096487425],
         "guilds":[],"invite":"","date":"2017-04-26T18:08:17.125Z","certifiedBot":"1","vanity":null,"points":397,
         "monthlyPoints":"19","donatebotguildid":"","server_count":"2","shard_count":null,"shards":[],
         "reviews":{"averageScore":4.5,"count":"12","distribution":[1,2]},"unknown_field":{"x":1}}
        """;

    private static readonly Dictionary<string, (string Body, JsonTypeInfo Model)> All = new(StringComparer.Ordinal)
    {
        ["bot"] = (Bot, TopGgJsonContext.Default.TopGgBot),
        ["bot search"] = ($$"""{"results":[{{Bot}},{"id":"1","username":"Second"}],"limit":"50","offset":0,"count":2,"total":2,"next":null}""", TopGgJsonContext.Default.TopGgBotSearchResult),
        ["bot with nothing selected"] = ("""{"results":null,"limit":1,"offset":0,"count":0,"total":0}""", TopGgJsonContext.Default.TopGgBotSearchResult),
        ["bot stats"] = ("""{"server_count":2,"shards":[1,"1"],"shard_count":null}""", TopGgJsonContext.Default.TopGgBotStats),
        ["voters"] = ("""[{"username":"Xetera","id":"140862798832861184","avatar":"https://cdn.discordapp.com/avatars/1/a.png"},{"username":"","id":2,"avatar":null}]""", TopGgJsonContext.Default.IReadOnlyListTopGgVoter),
        ["user"] = ("""
            {"id":"140862798832861184","username":"Xetera","discriminator":"0","avatar":"","defAvatar":"","bio":"hi","banner":"",
             "social":{"youtube":"","reddit":"x","twitter":null,"instagram":"","github":"xetera","tiktok":"new"},"color":"#fff",
             "supporter":0,"certifiedDev":false,"mod":"false","webMod":true,"admin":false}
            """, TopGgJsonContext.Default.TopGgUser),
        ["project"] = ("""
            {"id":"1","name":"Test","type":"mod","platform":"minecraft","platform_id":661200758510977084,"headline":"",
             "tags":null,"votes":12,"votes_total":"340","review_score":4.25,"review_count":3,"banner_url":"https://x/y.png"}
            """, TopGgJsonContext.Default.TopGgProject),
        ["user vote"] = ("""{"created_at":"2026-02-09T00:47:14.2510149+00:00","expires_at":"2026-02-09T12:47:14Z","weight":2}""", TopGgJsonContext.Default.TopGgUserVote),
        ["votes"] = ("""
            [{"user_id":"8226924471638491136","platform_id":"661200758510977084","weight":2,"created_at":"2026-02-09T00:47:14.2510149+00:00","expires_at":"2026-01-17T23:36:06.34732Z"},
             {"user_id":8226924471638491137,"platform_id":null,"weight":"1","created_at":"2026-02-09","expires_at":1760000000}]
            """, TopGgJsonContext.Default.IReadOnlyListTopGgVote),
        ["announcement"] = ("""{"title":"","content":"Hello","category":"giveaway","created_at":"2026-02-09T00:47:14Z","id":"9"}""", TopGgJsonContext.Default.TopGgAnnouncement),
    };

    protected override IReadOnlyDictionary<string, (string Body, JsonTypeInfo Model)> Bodies => All;

    [Fact]
    public void What_the_model_reads_leniently_it_still_reads_as_before()
    {
        var bot = System.Text.Json.JsonSerializer.Deserialize(Bot, TopGgJsonContext.Default.TopGgBot)!;

        Assert.Equal(264811613708746752UL, bot.ClientId);
        Assert.True(bot.IsCertified);
        Assert.Equal(19, bot.MonthlyPoints);
        Assert.Equal("", bot.Avatar);
        Assert.Equal("""{"x":1}""", bot.ExtensionData["unknown_field"].GetRawText());
        Assert.Equal("[1,2]", bot.Reviews.ExtensionData["distribution"].GetRawText());
    }
}
