namespace Guildhall.Osu.Tests.Wire;

/// <summary>Lists: kudosu history, the kudosu ranking and spotlights.</summary>
internal static partial class OsuWire
{
    /// <summary><paramref name="count"/> entries of a user's kudosu history (<c>GET /users/{id}/kudosu</c>), newest first.</summary>
    public static string KudosuHistory(int count) => Array(count, i => $$"""
        {"id":{{90_000 + count - i}},"action":"vote.give","amount":1,"model":"beatmap_discussion",
         "created_at":"{{Date(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero).AddDays(-i))}}",
         "giver":{"url":"https://osu.ppy.sh/users/{{MapperId}}","username":"{{MapperName}}"},
         "post":{"url":"https://osu.ppy.sh/beatmapsets/404040/discussion#/{{7000 + i}}","title":"Lanterns Over Still Water"},
         "details":{"event":null} }
        """);

    /// <summary>One page of the kudosu ranking (<c>GET /rankings/kudosu</c>): <paramref name="count"/> user cards with kudosu.</summary>
    public static string KudosuRanking(int count) =>
        $$"""{"ranking":{{Array(count, i => WithKudosu(UserCard(60_000_000 + i, $"Keeper{i}"), available: 500 - i, total: 900 - i))}}}""";

    /// <summary>The spotlights (<c>GET /spotlights</c>): two charts.</summary>
    public static string Spotlights() => """
        {"spotlights":[
         {"id":301,"name":"Spotlight Winter 2025","type":"seasonal","start_date":"2025-12-01T00:00:00+00:00","end_date":"2026-02-28T00:00:00+00:00","mode_specific":true,"participant_count":null},
         {"id":302,"name":"Harbour Beatmap Spotlight","type":"monthly","start_date":"2026-03-01T00:00:00+00:00","end_date":"2026-03-31T00:00:00+00:00","mode_specific":false,"participant_count":null}]}
        """;

    private static string WithKudosu(string card, int available, int total)
    {
        var user = Node(card).AsObject();
        user["kudosu"] = new System.Text.Json.Nodes.JsonObject { ["available"] = available, ["total"] = total };
        return user.ToJsonString();
    }
}
