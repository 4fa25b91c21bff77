

using Guildhall.Sandbox.Polympics.State;

namespace Guildhall.Sandbox.Polympics.Wire;

/// <summary>Writes the server's objects (<c>as_dict</c>) in its field order. Timestamps are float Unix seconds.</summary>
internal static class PolympicsWire
{
    public static double Timestamp(DateTimeOffset moment) => (moment.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / (double)TimeSpan.TicksPerSecond;

    public static JsonObject Account(PolympicsState state, PolympicsAccount account) => new()
    {
        ["id"] = account.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["name"] = account.Name,
        ["discriminator"] = account.Discriminator,
        ["avatar_url"] = account.AvatarUrl,
        ["team"] = account.TeamId is { } teamId && state.Teams.TryGetValue(teamId, out var team) ? Team(state, team) : null,
        ["permissions"] = account.Permissions,
        ["created_at"] = Timestamp(account.CreatedAt),
        ["awards"] = Awards(state.AwardsOfAccount(account.Id)),
    };

    public static JsonObject Team(PolympicsState state, PolympicsTeam team) => new()
    {
        ["id"] = team.Id,
        ["name"] = team.Name,
        ["created_at"] = Timestamp(team.CreatedAt),
        ["member_count"] = state.MemberCount(team.Id),
        ["awards"] = Awards(state.AwardsOfTeam(team.Id)),
    };

    public static JsonObject Award(PolympicsAward award) => new()
    {
        ["id"] = award.Id,
        ["title"] = award.Title,
        ["image_url"] = award.ImageUrl,
    };

    public static JsonObject Session(PolympicsSession session) => new()
    {
        ["username"] = session.Username,
        ["password"] = session.Token,
        ["expires_at"] = Timestamp(session.ExpiresAt),
    };

    public static JsonObject App(PolympicsApp app, bool withToken)
    {
        var json = new JsonObject { ["name"] = app.Name, ["permissions"] = app.Permissions, ["username"] = app.Username };
        if (withToken)
        {
            json["password"] = app.Token;
        }

        return json;
    }

    public static JsonObject Callback(PolympicsCallback callback) => new()
    {
        ["id"] = callback.Id,
        ["event"] = callback.Event,
        ["url"] = callback.Url,
    };

    public static JsonArray Awards(IEnumerable<PolympicsAward> awards) => [.. awards.Select(a => (JsonNode)Award(a))];
}
