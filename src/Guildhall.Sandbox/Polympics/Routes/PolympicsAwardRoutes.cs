using Guildhall.Sandbox.Polympics.State;
using Guildhall.Sandbox.Polympics.Wire;
using static Guildhall.Sandbox.Polympics.State.PolympicsPermissionBits;

namespace Guildhall.Sandbox.Polympics.Routes;

/// <summary><c>/awards/new</c>, <c>/award/{award}</c> and <c>/account/{account}/award/{award}</c>.</summary>
internal static class PolympicsAwardRoutes
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapCall(HttpMethods.Post, "/awards/new", PolympicsCallKind.WithBody | PolympicsCallKind.Authenticated, Create);
        api.MapCall(HttpMethods.Get, "/award/{award}", PolympicsCallKind.Public, Get);
        api.MapCall(HttpMethods.Patch, "/award/{award}", PolympicsCallKind.WithBody | PolympicsCallKind.Authenticated, Update);
        api.MapCall(HttpMethods.Delete, "/award/{award}", PolympicsCallKind.Authenticated, Delete);
        api.MapCall(HttpMethods.Put, "/account/{account}/award/{award}", PolympicsCallKind.Authenticated, Give);
        api.MapCall(HttpMethods.Delete, "/account/{account}/award/{award}", PolympicsCallKind.Authenticated, Take);
    }

    private static IResult Create(PolympicsCall call)
    {
        var state = call.State;
        var form = call.Form();
        var title = form.String("title", required: true);
        var imageUrl = form.String("image_url", required: true);
        var team = form.Model("team", required: true, state.Teams.GetValueOrDefault, "Team");
        var accounts = form.ModelList("accounts", state.Accounts.GetValueOrDefault, "Account");
        if (Refusal(call, title, imageUrl) is { } refusal)
        {
            return refusal;
        }

        var award = state.AddAward(title!, imageUrl!, team!.Id);
        award.Awardees.AddRange(accounts!.Select(a => a.Id).Distinct());
        return PolympicsResults.Json(PolympicsWire.Award(award), StatusCodes.Status201Created);
    }

    private static IResult Get(PolympicsCall call)
    {
        var state = call.State;
        var award = call.PathAward();
        if (call.HasIssues)
        {
            return call.Invalid();
        }

        var team = award!.TeamId is { } teamId ? state.Teams.GetValueOrDefault(teamId) : null;
        return PolympicsResults.Json(new JsonObject
        {
            ["award"] = PolympicsWire.Award(award),
            ["awardees"] = new JsonArray([.. award.Awardees.Select(id => (JsonNode)PolympicsWire.Account(state, state.Accounts[id]))]),
            ["team"] = team is null ? null : PolympicsWire.Team(state, team),
        });
    }

    private static IResult Update(PolympicsCall call)
    {
        var award = call.PathAward();
        var form = call.Form();
        var title = form.String("title", required: false);
        var imageUrl = form.String("image_url", required: false);
        var team = form.Model("team", required: false, call.State.Teams.GetValueOrDefault, "Team");
        if (Refusal(call, title, imageUrl) is { } refusal)
        {
            return refusal;
        }

        award!.Title = string.IsNullOrEmpty(title) ? award.Title : title;
        award.ImageUrl = string.IsNullOrEmpty(imageUrl) ? award.ImageUrl : imageUrl;
        award.TeamId = team?.Id ?? award.TeamId;
        return PolympicsResults.Json(PolympicsWire.Award(award));
    }

    private static IResult Delete(PolympicsCall call)
    {
        var award = call.PathAward();
        if (call.HasIssues)
        {
            return call.Invalid();
        }

        if (!call.Scope.Has(ManageAwards))
        {
            return PolympicsResults.OutsideScope();
        }

        call.State.Awards.Remove(award!.Id);
        return PolympicsResults.Empty(StatusCodes.Status204NoContent);
    }

    /// <summary>201 when newly given, 208 (Already Reported) when the account already held the award; both without a body.</summary>
    private static IResult Give(PolympicsCall call) => WithAwardee(call, (account, award) =>
    {
        if (award.Awardees.Contains(account.Id))
        {
            return PolympicsResults.Empty(StatusCodes.Status208AlreadyReported);
        }

        award.Awardees.Add(account.Id);
        return PolympicsResults.Empty(StatusCodes.Status201Created);
    });

    /// <summary>204 when taken; a 404 with no body at all when the account did not hold the award.</summary>
    private static IResult Take(PolympicsCall call) => WithAwardee(call, (account, award) =>
        PolympicsResults.Empty(award.Awardees.Remove(account.Id) ? StatusCodes.Status204NoContent : StatusCodes.Status404NotFound));

    /// <summary>Resolves <c>/account/{account}/award/{award}</c> and checks <c>manage_awards</c> before <paramref name="act"/>.</summary>
    private static IResult WithAwardee(PolympicsCall call, Func<PolympicsAccount, PolympicsAward, IResult> act)
    {
        var account = call.PathAccount();
        var award = call.PathAward();
        if (call.HasIssues)
        {
            return call.Invalid();
        }

        return call.Scope.Has(ManageAwards) ? act(account!, award!) : PolympicsResults.OutsideScope();
    }

    /// <summary>Why an award cannot be written: invalid input (422), no <c>manage_awards</c> (403), or text too long for its column (500).</summary>
    private static IResult? Refusal(PolympicsCall call, string? title, string? imageUrl)
    {
        if (call.HasIssues)
        {
            return call.Invalid();
        }

        if (!call.Scope.Has(ManageAwards))
        {
            return PolympicsResults.OutsideScope();
        }

        return PolympicsStoredLimits.Exceeds(title, PolympicsStoredLimits.AwardTitle) || PolympicsStoredLimits.Exceeds(imageUrl, PolympicsStoredLimits.AwardImageUrl)
            ? PolympicsResults.InternalError()
            : null;
    }
}
