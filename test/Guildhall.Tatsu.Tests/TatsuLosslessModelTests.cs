using System.Text.Json.Serialization.Metadata;
using Guildhall.Tatsu.Json;
using Guildhall.Testing;

namespace Guildhall.Tatsu.Tests;

/// <summary>
/// Every Tatsu response model, read from a body in the API's wire shape and written back, loses nothing: members it does
/// not declare, empty strings, ids and numbers sent as strings, year-zero and empty renewal dates, tiers it does not know
/// and nulls all come back as sent; and the same holds with unknown members added at every level and strings emptied.
/// </summary>
public sealed class TatsuLosslessModelTests : WireRoundTripSuite<TatsuLosslessModelTests>
{
    private static readonly Dictionary<string, (string Body, JsonTypeInfo Model)> All = new(StringComparer.Ordinal)
    {
        ["profile"] = ("""
            {"avatar_hash":"","avatar_url":"","credits":"1200","discriminator":"0","id":"172002275412279296","info_box":"",
             "reputation":3,"subscription_type":9,"subscription_renewal":"0001-01-01T00:00:00Z","title":"","tokens":0,
             "username":"tatsu","xp":5,"badge_count":2}
            """, TatsuJsonContext.Default.TatsuUserProfile),
        ["supporter profile"] = ("""
            {"id":172002275412279296,"username":"x","discriminator":null,"credits":1,"reputation":"2","subscription_type":"1",
             "subscription_renewal":"2030-01-02T03:04:05.1234567+02:00","tokens":1,"xp":1}
            """, TatsuJsonContext.Default.TatsuUserProfile),
        ["member ranking"] = ("""{"guild_id":"173554823633829888","rank":"2","score":41,"user_id":"172002275412279296","extra":[]}""", TatsuJsonContext.Default.TatsuMemberRanking),
        ["guild rankings"] = ("""
            {"guild_id":"173554823633829888","rankings":[{"rank":1,"score":"900","user_id":"1"},{"rank":2,"score":800,"user_id":2,"nick":""}],"page":0}
            """, TatsuJsonContext.Default.TatsuGuildRankings),
        ["empty rankings page"] = ("""{"guild_id":"173554823633829888","rankings":null}""", TatsuJsonContext.Default.TatsuGuildRankings),
        ["member points"] = ("""{"guild_id":"173554823633829888","points":"1000","rank":3,"user_id":"172002275412279296"}""", TatsuJsonContext.Default.TatsuMemberPoints),
        ["member score"] = ("""{"guild_id":"173554823633829888","score":1000,"user_id":"172002275412279296"}""", TatsuJsonContext.Default.TatsuMemberScore),
        ["store listing"] = ("""
            {"id":"background-1","name":"Sky","summary":"","description":"A sky","new":1,"preview":"https://cdn/x.png",
             "prices":[{"currency":0,"amount":"100.50"},{"currency":7,"amount":3}],"categories":["backgrounds"],"tags":[],"limited":false}
            """, TatsuJsonContext.Default.TatsuStoreListing),
    };

    [Fact]
    public void A_year_zero_renewal_reads_as_none_and_is_written_back_as_sent()
    {
        var (body, model) = All["profile"];

        var profile = (Guildhall.Tatsu.Models.TatsuUserProfile)System.Text.Json.JsonSerializer.Deserialize(body, model)!;

        Assert.Null(profile.SubscriptionRenewal);
        Assert.Equal(Guildhall.Tatsu.Models.TatsuSubscriptionType.Unknown, profile.SubscriptionType);
        Assert.Contains("\"subscription_renewal\":\"0001-01-01T00:00:00Z\"", System.Text.Json.JsonSerializer.Serialize(profile, model), StringComparison.Ordinal);
    }

    protected override IReadOnlyDictionary<string, (string Body, JsonTypeInfo Model)> Bodies => All;
}
