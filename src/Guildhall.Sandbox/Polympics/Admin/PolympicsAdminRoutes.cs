using Guildhall.Sandbox.Polympics.State;
using Guildhall.Sandbox.Polympics.Wire;
using static Guildhall.Sandbox.Polympics.Admin.PolympicsAdminInput;

namespace Guildhall.Sandbox.Polympics.Admin;

/// <summary>
/// <c>/_sandbox/polympics/...</c>: reset and extend the seed, change the server's settings, inspect the state and the
/// callbacks sent, and fire a callback on demand.
/// </summary>
internal static class PolympicsAdminRoutes
{
    public static void Map(IEndpointRouteBuilder admin)
    {
        admin.MapPost("/reset", (PolympicsState state, PolympicsCallbackDispatcher dispatcher) =>
        {
            state.Reset();
            dispatcher.Clear();
            return SandboxJson.Result(new JsonObject { ["status"] = "reset" });
        });
        admin.MapGet("/state", (PolympicsState state) => PolympicsResults.Json(PolympicsAdminState.Describe(state)));
        admin.MapPost("/seed", (HttpContext context, PolympicsState state) => GuardAsync(context, body => Seed(state, body)));
        admin.MapPut("/settings", (HttpContext context, PolympicsState state) => GuardAsync(context, body => Settings(state, body)));
        admin.MapGet("/deliveries", (PolympicsCallbackDispatcher dispatcher) =>
            PolympicsResults.Json(new JsonArray([.. dispatcher.Deliveries.Select(d => (JsonNode)Describe(d))])));
        admin.MapPost("/callbacks/account_team_update/fire", (HttpContext context, PolympicsState state, PolympicsCallbackDispatcher dispatcher) =>
            GuardAsync(context, body => FireAsync(state, dispatcher, body)));
    }

    /// <summary>The admin routes' error shape: <c>{"error": message}</c>.</summary>
    public static IResult Error(int status, string message) => SandboxJson.Result(new JsonObject { ["error"] = message }, status);

    private static async Task<IResult> GuardAsync(HttpContext context, Func<JsonObject, IResult> handle) =>
        await GuardAsync(context, body => Task.FromResult(handle(body))).ConfigureAwait(false);

    private static async Task<IResult> GuardAsync(HttpContext context, Func<JsonObject, Task<IResult>> handle)
    {
        try
        {
            return await handle(await ReadObjectAsync(context.Request).ConfigureAwait(false)).ConfigureAwait(false);
        }
        catch (PolympicsAdminInputException exception)
        {
            return Error(StatusCodes.Status400BadRequest, exception.Message);
        }
    }

    /// <summary>Adds teams, accounts, apps, sessions and Discord users; answers with what was created, tokens included.</summary>
    private static IResult Seed(PolympicsState state, JsonObject body)
    {
        lock (state.Sync)
        {
            var created = new JsonObject();
            created["teams"] = new JsonArray([.. Objects(body, "teams").ToList()
                .Select(t => (JsonNode)PolympicsWire.Team(state, state.AddTeam(RequiredString(t, "name"))))]);
            created["accounts"] = new JsonArray([.. Objects(body, "accounts").ToList().Select(a => (JsonNode)PolympicsWire.Account(state, SeedAccount(state, a)))]);
            created["apps"] = new JsonArray([.. Objects(body, "apps").ToList()
                .Select(a => (JsonNode)PolympicsWire.App(state.AddApp(RequiredString(a, "name"), OptionalLong(a, "permissions") ?? 0), withToken: true))]);
            created["sessions"] = new JsonArray([.. Objects(body, "sessions").ToList().Select(s => (JsonNode)PolympicsWire.Session(SeedSession(state, s)))]);
            foreach (var user in Objects(body, "discord_users").ToList())
            {
                state.DiscordUsers[RequiredString(user, "token")] = new PolympicsDiscordUser(
                    RequiredLong(user, "id"), RequiredString(user, "username"), RequiredString(user, "discriminator"), OptionalString(user, "avatar"));
            }

            return PolympicsResults.Json(created, StatusCodes.Status201Created);
        }
    }

    private static PolympicsAccount SeedAccount(PolympicsState state, JsonObject input)
    {
        var id = RequiredLong(input, "id");
        var team = OptionalLong(input, "team");
        if (state.Accounts.ContainsKey(id))
        {
            throw new PolympicsAdminInputException($"Account {id} already exists.");
        }

        if (team is not null && !state.Teams.ContainsKey(team.Value))
        {
            throw new PolympicsAdminInputException($"Team {team} does not exist.");
        }

        return state.AddAccount(id, RequiredString(input, "name"), OptionalString(input, "discriminator") ?? "0000",
            OptionalString(input, "avatar_url"), team, OptionalLong(input, "permissions") ?? 0);
    }

    private static PolympicsSession SeedSession(PolympicsState state, JsonObject input)
    {
        var account = RequiredLong(input, "account");
        return state.Accounts.ContainsKey(account)
            ? state.AddSession(account)
            : throw new PolympicsAdminInputException($"Account {account} does not exist.");
    }

    private static IResult Settings(PolympicsState state, JsonObject body)
    {
        lock (state.Sync)
        {
            state.SignupsOpen = OptionalBool(body, "signups_open") ?? state.SignupsOpen;
            if (OptionalLong(body, "max_session_age_seconds") is { } seconds)
            {
                state.MaxSessionAge = seconds > 0 ? TimeSpan.FromSeconds(seconds) : throw new PolympicsAdminInputException("'max_session_age_seconds' must be positive.");
            }

            return SandboxJson.Result(new JsonObject { ["signups_open"] = state.SignupsOpen, ["max_session_age_seconds"] = (long)state.MaxSessionAge.TotalSeconds });
        }
    }

    /// <summary>Sends <c>account_team_update</c> for an account's current team to every registered callback, and waits for the answers.</summary>
    private static async Task<IResult> FireAsync(PolympicsState state, PolympicsCallbackDispatcher dispatcher, JsonObject body)
    {
        var accountId = RequiredLong(body, "account");
        List<PolympicsCallback> targets;
        JsonObject payload;
        lock (state.Sync)
        {
            var account = state.Accounts.GetValueOrDefault(accountId) ?? throw new PolympicsAdminInputException($"Account {accountId} does not exist.");
            var team = account.TeamId is { } teamId ? state.Teams[teamId] : null;
            payload = new JsonObject
            {
                ["account"] = PolympicsWire.Account(state, account),
                ["team"] = team is null ? null : PolympicsWire.Team(state, team),
            };
            targets = dispatcher.TargetsOf(PolympicsCallbackDispatcher.AccountTeamUpdate);
        }

        var deliveries = await dispatcher.DeliverAsync(targets, PolympicsCallbackDispatcher.AccountTeamUpdate, payload).ConfigureAwait(false);
        return PolympicsResults.Json(new JsonObject { ["deliveries"] = new JsonArray([.. deliveries.Select(d => (JsonNode)Describe(d))]) });
    }

    private static JsonObject Describe(PolympicsDelivery delivery) => new()
    {
        ["url"] = delivery.Url,
        ["event"] = delivery.Event,
        ["body"] = JsonNode.Parse(delivery.Body),
        ["status_code"] = delivery.StatusCode,
        ["error"] = delivery.Error,
        ["sent_at"] = PolympicsWire.Timestamp(delivery.SentAt),
    };
}
