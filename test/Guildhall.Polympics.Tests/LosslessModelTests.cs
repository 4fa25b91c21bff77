using System.Text.Json.Serialization.Metadata;
using Guildhall.Polympics.Json;
using Guildhall.Testing;

namespace Guildhall.Polympics.Tests;

/// <summary>
/// Every Polympics response model, read from a body in the server's wire shape and written back, loses nothing: members
/// it does not declare, empty strings, float Unix-second dates, permission bits it does not know, ids sent as numbers
/// and nulls all come back as sent; and the same holds with unknown members added at every level and strings emptied.
/// </summary>
public sealed class LosslessModelTests : WireRoundTripSuite<LosslessModelTests>
{
    private const string Account = """
        {"id":"123456789012345678","name":"Artemis","discriminator":"0001","avatar_url":"https://cdn.discordapp.com/a.png",
         "team":{"id":3,"name":"Owls","created_at":1700000000.25,"member_count":2,"awards":[]},"permissions":192,
         "created_at":1699999999.5,"awards":[{"id":1,"title":"","image_url":"https://img/1.png"}],"pronouns":""}
        """;

    private static readonly Dictionary<string, (string Body, JsonTypeInfo Model)> All = new(StringComparer.Ordinal)
    {
        ["account"] = (Account, PolympicsJsonContext.Default.PolympicsAccount),
        ["account without a team"] = ("""{"id":123456789012345679,"name":"","discriminator":"","avatar_url":null,"team":null,"permissions":0,"created_at":"2024-05-01T08:15:42Z","awards":null}""", PolympicsJsonContext.Default.PolympicsAccount),
        ["team"] = ("""{"id":3,"name":"Owls","created_at":1700000000,"member_count":"2","awards":[{"id":1,"title":"Gold","image_url":"/img/1.png"}]}""", PolympicsJsonContext.Default.PolympicsTeam),
        ["award details"] = ($$"""{"award":{"id":1,"title":"Gold","image_url":"https://img/1.png"},"awardees":[{{Account}}],"team":null}""", PolympicsJsonContext.Default.PolympicsAwardDetails),
        ["callback"] = ("""{"id":5,"event":"account_team_update","url":"https://bot.example/cb","secret_hint":""}""", PolympicsJsonContext.Default.PolympicsCallback),
        ["callback of a new kind"] = ("""{"id":6,"event":"award_given","url":"https://bot.example/cb"}""", PolympicsJsonContext.Default.PolympicsCallback),
        ["session"] = ("""{"username":"A1B2","password":"token-value","expires_at":1700000000.125}""", PolympicsJsonContext.Default.PolympicsSession),
        ["app"] = ("""{"name":"Bot","permissions":1024,"username":"A1"}""", PolympicsJsonContext.Default.PolympicsApp),
        ["app credentials"] = ("""{"name":"Bot","permissions":17,"username":"A1","password":"secret"}""", PolympicsJsonContext.Default.PolympicsAppCredentials),
        ["session reset"] = ($$"""{"session":{"username":"A1B2","password":"t","expires_at":1700000000},"account":{{Account}}}""", PolympicsJsonContext.Default.PolympicsSessionReset),
        ["team update event"] = ($$"""{"account":{{Account}},"team":null}""", PolympicsJsonContext.Default.PolympicsAccountTeamUpdateEvent),
        ["accounts page"] = ($$"""{"page":0,"per_page":20,"pages":1,"results":1,"data":[{{Account}}]}""", PolympicsJsonContext.Default.PolympicsPagePolympicsAccount),
    };

    protected override IReadOnlyDictionary<string, (string Body, JsonTypeInfo Model)> Bodies => All;
}
