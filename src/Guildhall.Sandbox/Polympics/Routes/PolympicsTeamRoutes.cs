using Guildhall.Sandbox.Polympics.Wire;
using static Guildhall.Sandbox.Polympics.State.PolympicsPermissionBits;

namespace Guildhall.Sandbox.Polympics.Routes;

/// <summary><c>/teams/...</c> and <c>/team/{team}</c>: create, search, get, rename, delete.</summary>
internal static class PolympicsTeamRoutes
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapCall(HttpMethods.Post, "/teams/new", PolympicsCallKind.WithBody | PolympicsCallKind.Authenticated, Create);
        api.MapCall(HttpMethods.Get, "/teams/search", PolympicsCallKind.Public, Search);
        api.MapCall(HttpMethods.Get, "/team/{team}", PolympicsCallKind.Public, Get);
        api.MapCall(HttpMethods.Patch, "/team/{team}", PolympicsCallKind.WithBody | PolympicsCallKind.Authenticated, Rename);
        api.MapCall(HttpMethods.Delete, "/team/{team}", PolympicsCallKind.Authenticated, Delete);
    }

    private static IResult Create(PolympicsCall call)
    {
        var name = call.Form().String("name", required: true);
        if (call.HasIssues)
        {
            return call.Invalid();
        }

        if (!call.Scope.Has(ManageTeams))
        {
            return PolympicsResults.OutsideScope();
        }

        if (PolympicsStoredLimits.Exceeds(name, PolympicsStoredLimits.Text))
        {
            return PolympicsResults.InternalError();
        }

        var team = call.State.AddTeam(name!);
        return PolympicsResults.Json(PolympicsWire.Team(call.State, team), StatusCodes.Status201Created);
    }

    private static IResult Search(PolympicsCall call)
    {
        var state = call.State;
        var (page, perPage) = PolympicsPagination.Read(call);
        var text = call.QueryString("q");
        if (call.HasIssues)
        {
            return call.Invalid();
        }

        var teams = PolympicsLikePattern.WhereNameContains(state.Teams.Values, t => t.Name, text)
            .OrderBy(t => t.Name, StringComparer.Ordinal).ThenBy(t => t.Id).ToList();
        return PolympicsPagination.Page(teams, page, perPage, t => PolympicsWire.Team(state, t));
    }

    private static IResult Get(PolympicsCall call)
    {
        var team = call.PathTeam();
        return call.HasIssues ? call.Invalid() : PolympicsResults.Json(PolympicsWire.Team(call.State, team!));
    }

    private static IResult Rename(PolympicsCall call)
    {
        var team = call.PathTeam();
        var name = call.Form().String("name", required: true);
        if (call.HasIssues)
        {
            return call.Invalid();
        }

        if (!call.Scope.Has(ManageTeams) && !call.Scope.OwnsTeam(team!.Id))
        {
            return PolympicsResults.OutsideScope();
        }

        if (PolympicsStoredLimits.Exceeds(name, PolympicsStoredLimits.Text))
        {
            return PolympicsResults.InternalError();
        }

        team!.Name = name!;
        return PolympicsResults.Json(PolympicsWire.Team(call.State, team));
    }

    private static IResult Delete(PolympicsCall call)
    {
        var team = call.PathTeam();
        if (call.HasIssues)
        {
            return call.Invalid();
        }

        if (!call.Scope.Has(ManageTeams) && !call.Scope.OwnsTeam(team!.Id))
        {
            return PolympicsResults.OutsideScope();
        }

        // Awards reference their team without ON DELETE, so the database refuses to delete a team that has any.
        if (call.State.AwardsOfTeam(team!.Id).Any())
        {
            return PolympicsResults.InternalError();
        }

        call.State.DeleteTeam(team.Id);
        return PolympicsResults.Empty(StatusCodes.Status204NoContent);
    }
}
