

using Guildhall.Sandbox.TopGg.State;
using Guildhall.Sandbox.TopGg.Wire;

namespace Guildhall.Sandbox.TopGg.Routes;

/// <summary>
/// <c>POST</c> and <c>PUT /v1/projects/@me/commands</c>: the SDKs disagree on the method (the docs and Python use
/// POST, Node and the published schemas PUT), so both are served. The body replaces the bot's command list (an empty
/// array clears it) and the answer is an empty 204; invalid lists get a 400 validation problem.
/// </summary>
internal static class TopGgV1CommandRoutes
{
    public static void Map(IEndpointRouteBuilder project) =>
        project.MapMethods("/commands", [HttpMethods.Post, HttpMethods.Put], ReplaceAsync);

    private static async Task<IResult> ReplaceAsync(HttpContext http, TopGgState state)
    {
        var (body, unreadable) = await TopGgV1Body.ReadAsync(http, parameterName: "createPackets").ConfigureAwait(false);
        if (unreadable is not null)
        {
            return unreadable;
        }

        if (body is not JsonArray commands)
        {
            return TopGgProblemReplies.Validation(new TopGgValidationErrors()
                .Add("$", "The JSON value could not be converted to a list of application commands."));
        }

        var errors = TopGgCommandValidator.Validate(commands);
        if (errors.Any)
        {
            return TopGgProblemReplies.Validation(errors);
        }

        var (bot, _) = TopGgV1Targets.Me(http, state);
        state.Projects.Update(bot.Id, p => p with { Commands = (JsonArray)commands.DeepClone() });
        state.RecordPosted(TopGgPostedKind.Commands, bot.Id, http.Request, commands);
        return Results.NoContent();
    }
}
