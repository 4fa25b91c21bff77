

using Guildhall.Sandbox.TopGg.State;
using Guildhall.Sandbox.TopGg.Wire;

namespace Guildhall.Sandbox.TopGg.Routes;

/// <summary>
/// <c>GET /v1/projects/@me/votes</c> (cursor paged, oldest first, <see cref="PageSize"/> per page; <c>startDate</c>
/// required without a cursor and at most a year back; the last page carries the cursor <c>""</c>) and
/// <c>GET /v1/projects/@me/votes/{user_id}?source=topgg|discord</c>.
/// </summary>
internal static class TopGgV1VoteRoutes
{
    public const int PageSize = 100;

    private const string UserNotFoundDetail =
        "The user was not resolved into a valid Top.gg user. The user ID might be invalid, or the user may have deleted their account.";

    public static void Map(IEndpointRouteBuilder project)
    {
        project.MapGet("/votes", List);
        project.MapGet("/votes/{userId}", Status);
    }

    private static IResult List(HttpContext http, TopGgState state)
    {
        var (bot, _) = TopGgV1Targets.Me(http, state);
        var now = state.Now;
        var cursorText = (string?)http.Request.Query["cursor"];
        TopGgVoteCursor start;
        var exclusive = true;
        if (!string.IsNullOrEmpty(cursorText))
        {
            if (TopGgVoteCursor.Decode(cursorText) is not { } cursor)
            {
                return TopGgProblemReplies.BadRequest("The cursor is not valid. Pass the cursor of a previous response unchanged.");
            }

            start = cursor;
        }
        else
        {
            var startText = (string?)http.Request.Query["startDate"];
            if (string.IsNullOrEmpty(startText))
            {
                return TopGgProblemReplies.BadRequest("Either cursor or startDate must be provided.");
            }

            if (!TopGgWireDates.TryParse(startText, out var startDate))
            {
                return TopGgProblemReplies.BadRequest("startDate must be an ISO 8601 date.");
            }

            if (startDate < now.AddYears(-1))
            {
                return TopGgProblemReplies.BadRequest("startDate cannot be more than 1 year in the past.");
            }

            start = new TopGgVoteCursor(startDate, 0);
            exclusive = false;
        }

        var (votes, hasMore) = state.Votes.Page(bot.Id, start.CreatedAt, start.VoteId, exclusive, PageSize, now);
        return TopGgJsonReplies.Json(new JsonObject
        {
            ["cursor"] = hasMore ? new TopGgVoteCursor(votes[^1].CreatedAt, votes[^1].Id).Encode() : "",
            ["data"] = new JsonArray([.. votes.Select(v => TopGgV1Json.Vote(v, state.Users.FindByDiscordId(v.UserId)))]),
        });
    }

    private static IResult Status(string userId, HttpContext http, TopGgState state)
    {
        var source = (string?)http.Request.Query["source"] ?? "topgg";
        if (source is not ("topgg" or "discord"))
        {
            return TopGgProblemReplies.BadRequest("source must be 'topgg' or 'discord'.");
        }

        var user = !TopGgSnowflakes.TryParse(userId, out var id) ? null
            : source == "discord" ? state.Users.FindByDiscordId(id)
            : state.Users.FindByTopGgId(id);
        if (user is null)
        {
            return TopGgProblemReplies.Problem(StatusCodes.Status404NotFound, "User not found", UserNotFoundDetail);
        }

        var (bot, _) = TopGgV1Targets.Me(http, state);
        var now = state.Now;
        var vote = state.Votes.Latest(bot.Id, user.DiscordId, now);
        return vote is not null && vote.IsActiveAt(now)
            ? TopGgJsonReplies.Json(TopGgV1Json.VoteStatus(vote))
            : TopGgProblemReplies.Problem(StatusCodes.Status404NotFound, "Vote expired", "User has not voted in the last 12 hours.");
    }
}
