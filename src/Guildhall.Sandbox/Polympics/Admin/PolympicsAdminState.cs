

using Guildhall.Sandbox.Polympics.State;
using Guildhall.Sandbox.Polympics.Wire;

namespace Guildhall.Sandbox.Polympics.Admin;

/// <summary>The snapshot <c>GET /_sandbox/polympics/state</c> returns. Tokens and callback secrets are left out.</summary>
internal static class PolympicsAdminState
{
    public static JsonObject Describe(PolympicsState state)
    {
        lock (state.Sync)
        {
            return new JsonObject
            {
                ["signups_open"] = state.SignupsOpen,
                ["max_session_age_seconds"] = (long)state.MaxSessionAge.TotalSeconds,
                ["teams"] = new JsonArray([.. state.Teams.Values.OrderBy(t => t.Id).Select(t => (JsonNode)PolympicsWire.Team(state, t))]),
                ["accounts"] = new JsonArray([.. state.Accounts.Values.OrderBy(a => a.Id).Select(a => (JsonNode)PolympicsWire.Account(state, a))]),
                ["awards"] = new JsonArray([.. state.Awards.Values.OrderBy(a => a.Id).Select(a => (JsonNode)Award(a))]),
                ["apps"] = new JsonArray([.. state.Apps.Values.OrderBy(a => a.Id).Select(a => (JsonNode)PolympicsWire.App(a, withToken: false))]),
                ["sessions"] = new JsonArray([.. state.Sessions.Values.OrderBy(s => s.Id).Select(s => (JsonNode)new JsonObject
                {
                    ["username"] = s.Username,
                    ["account"] = Id(s.AccountId),
                    ["expires_at"] = PolympicsWire.Timestamp(s.ExpiresAt),
                })]),
                ["callbacks"] = new JsonArray([.. state.Callbacks.Select(c => (JsonNode)new JsonObject
                {
                    ["id"] = c.Id,
                    ["app"] = $"A{c.AppId}",
                    ["event"] = c.Event,
                    ["url"] = c.Url,
                })]),
            };
        }
    }

    private static JsonObject Award(PolympicsAward award)
    {
        var json = PolympicsWire.Award(award);
        json["team"] = award.TeamId;
        json["awardees"] = new JsonArray([.. award.Awardees.Select(id => (JsonNode)Id(id))]);
        return json;
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
