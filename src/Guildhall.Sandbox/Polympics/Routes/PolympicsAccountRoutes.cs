using Guildhall.Sandbox.Polympics.State;
using Guildhall.Sandbox.Polympics.Wire;
using Microsoft.Extensions.DependencyInjection;
using static Guildhall.Sandbox.Polympics.State.PolympicsPermissionBits;

namespace Guildhall.Sandbox.Polympics.Routes;

/// <summary><c>/accounts/...</c> and <c>/account/{account}</c>: signups, search, create, get, update, delete.</summary>
internal static class PolympicsAccountRoutes
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/accounts/signups", (PolympicsState state) =>
        {
            lock (state.Sync)
            {
                return PolympicsResults.Json(new JsonObject { ["signups_open"] = state.SignupsOpen });
            }
        });
        api.MapCall(HttpMethods.Post, "/accounts/new", PolympicsCallKind.WithBody | PolympicsCallKind.Authenticated, Create);
        api.MapCall(HttpMethods.Get, "/accounts/search", PolympicsCallKind.Public, Search);
        api.MapCall(HttpMethods.Get, "/account/{account}", PolympicsCallKind.Public, Get);
        api.MapCall(HttpMethods.Patch, "/account/{account}", PolympicsCallKind.WithBody | PolympicsCallKind.Authenticated, Update);
        api.MapCall(HttpMethods.Delete, "/account/{account}", PolympicsCallKind.Authenticated, Delete);
    }

    private static IResult Create(PolympicsCall call)
    {
        var state = call.State;
        var form = call.Form();
        var id = form.Int("id", required: true, nullable: false);
        var name = form.String("name", required: true);
        var discriminator = form.String("discriminator", required: true);
        var avatarUrl = form.String("avatar_url", required: false);
        var team = form.Model("team", required: false, state.Teams.GetValueOrDefault, "Team");
        var permissions = form.Int("permissions", required: false, nullable: false) ?? 0;
        if (call.HasIssues)
        {
            return call.Invalid();
        }

        if (!state.SignupsOpen)
        {
            return PolympicsResults.Detail(StatusCodes.Status403Forbidden, "Signups are closed.");
        }

        if (!call.Scope.Has(ManageAccountDetails) || (permissions != 0 && !call.Scope.CanAlterPermissions(permissions)))
        {
            return PolympicsResults.OutsideScope();
        }

        if (state.Accounts.ContainsKey(id!.Value))
        {
            return PolympicsResults.Detail(StatusCodes.Status409Conflict, "That Discord ID is already registered.");
        }

        if (PolympicsStoredLimits.Exceeds(name, PolympicsStoredLimits.Text) || PolympicsStoredLimits.Exceeds(discriminator, PolympicsStoredLimits.Text)
            || PolympicsStoredLimits.Exceeds(avatarUrl, PolympicsStoredLimits.AvatarUrl))
        {
            return PolympicsResults.InternalError();
        }

        var account = state.AddAccount(id.Value, name!, discriminator!, avatarUrl, team?.Id, permissions);
        return PolympicsResults.Json(PolympicsWire.Account(state, account), StatusCodes.Status201Created);
    }

    private static IResult Search(PolympicsCall call)
    {
        var state = call.State;
        var (page, perPage) = PolympicsPagination.Read(call);
        var text = call.QueryString("q");
        var team = call.QueryTeam();
        if (call.HasIssues)
        {
            return call.Invalid();
        }

        var accounts = PolympicsLikePattern.WhereNameContains(state.Accounts.Values, a => a.Name, text)
            .Where(a => team is null || a.TeamId == team.Id)
            .OrderBy(a => a.Name, StringComparer.Ordinal).ThenBy(a => a.Id).ToList();
        return PolympicsPagination.Page(accounts, page, perPage, a => PolympicsWire.Account(state, a));
    }

    private static IResult Get(PolympicsCall call)
    {
        var account = call.PathAccount();
        return call.HasIssues ? call.Invalid() : PolympicsResults.Json(PolympicsWire.Account(call.State, account!));
    }

    /// <summary>
    /// Applies the fields in the server's order, each with its own check, to a copy that is stored only if every check
    /// passes. Empty strings and zero grants are ignored, as the server tests fields for truthiness.
    /// </summary>
    private static IResult Update(PolympicsCall call)
    {
        var state = call.State;
        var scope = call.Scope;
        var stored = call.PathAccount();
        var form = call.Form();
        var name = form.String("name", required: false);
        var discriminator = form.String("discriminator", required: false);
        var avatarUrl = form.String("avatar_url", required: false);
        var (teamGiven, team) = form.ModelOrExplicitNone("team", state.Teams.GetValueOrDefault, "Team");
        var grant = form.Int("grant_permissions", required: false, nullable: true);
        var revoke = form.Int("revoke_permissions", required: false, nullable: true);
        var discordToken = form.String("discord_token", required: false);
        if (call.HasIssues)
        {
            return call.Invalid();
        }

        var account = stored!.Clone();
        var detailsChanged = !string.IsNullOrEmpty(name) || !string.IsNullOrEmpty(discriminator) || !string.IsNullOrEmpty(avatarUrl);
        if (detailsChanged && !scope.Has(ManageAccountDetails))
        {
            return PolympicsResults.OutsideScope();
        }

        account.Name = string.IsNullOrEmpty(name) ? account.Name : name;
        account.Discriminator = string.IsNullOrEmpty(discriminator) ? account.Discriminator : discriminator;
        account.AvatarUrl = string.IsNullOrEmpty(avatarUrl) ? account.AvatarUrl : avatarUrl;

        JsonObject? teamUpdate = null;
        if (teamGiven)
        {
            var kicking = team is null && scope.OwnsTeam(stored.TeamId);
            var joining = scope.OwnsAccount(stored.Id);
            if (!(scope.Has(ManageAccountTeams) || kicking || joining))
            {
                return PolympicsResults.OutsideScope();
            }

            account.TeamId = team?.Id;

            // The server builds the event before it saves, so member counts do not include this change yet.
            teamUpdate = new JsonObject
            {
                ["account"] = PolympicsWire.Account(state, account),
                ["team"] = team is null ? null : PolympicsWire.Team(state, team),
            };
        }

        if ((grant is { } granted && granted != 0 && !scope.CanAlterPermissions(granted))
            || (revoke is { } revoked && revoked != 0 && !scope.CanAlterPermissions(revoked)))
        {
            return PolympicsResults.OutsideScope();
        }

        account.Permissions = (account.Permissions | (grant ?? 0)) & ~(revoke ?? 0);
        if (!string.IsNullOrEmpty(discordToken))
        {
            if (!state.DiscordUsers.TryGetValue(discordToken, out var user))
            {
                return PolympicsResults.Detail(StatusCodes.Status422UnprocessableEntity, "Bad Discord user token.");
            }

            if (user.Id != account.Id)
            {
                return PolympicsResults.Detail(StatusCodes.Status403Forbidden, "Discord token is for a different account.");
            }

            (account.Name, account.Discriminator, account.AvatarUrl) = (user.Username, user.Discriminator, user.AvatarUrl);
        }

        if (PolympicsStoredLimits.Exceeds(account.Name, PolympicsStoredLimits.Text) || PolympicsStoredLimits.Exceeds(account.Discriminator, PolympicsStoredLimits.Text)
            || PolympicsStoredLimits.Exceeds(account.AvatarUrl, PolympicsStoredLimits.AvatarUrl))
        {
            return PolympicsResults.InternalError();
        }

        state.Accounts[account.Id] = account;
        if (teamUpdate is not null)
        {
            call.HttpContext.RequestServices.GetRequiredService<PolympicsCallbackDispatcher>()
                .DispatchAfterResponse(call.HttpContext, PolympicsCallbackDispatcher.AccountTeamUpdate, teamUpdate);
        }

        return PolympicsResults.Json(PolympicsWire.Account(state, account));
    }

    private static IResult Delete(PolympicsCall call)
    {
        var account = call.PathAccount();
        if (call.HasIssues)
        {
            return call.Invalid();
        }

        if (!call.Scope.Has(ManageAccountDetails) && !call.Scope.OwnsAccount(account!.Id))
        {
            return PolympicsResults.OutsideScope();
        }

        call.State.DeleteAccount(account!.Id);
        return PolympicsResults.Empty(StatusCodes.Status204NoContent);
    }
}
