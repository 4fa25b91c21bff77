

using Guildhall.Sandbox.TopGg.State;
using Guildhall.Sandbox.TopGg.Wire;

namespace Guildhall.Sandbox.TopGg.Routes;

/// <summary>
/// <c>POST /v1/projects/@me/announcements</c>: answers <c>{title, content, created_at}</c>. A project may announce
/// once every four hours; sooner is 429 with <c>Retry-After</c>. Invalid bodies are 400 and do not use the allowance.
/// </summary>
internal static class TopGgV1AnnouncementRoutes
{
    public static readonly TimeSpan Cooldown = TimeSpan.FromHours(4);

    public static void Map(IEndpointRouteBuilder project) => project.MapPost("/announcements", PostAsync);

    private static async Task<IResult> PostAsync(HttpContext http, TopGgState state)
    {
        var (announcement, body, error) = await TopGgV1Body.ReadAsync(http, TopGgAnnouncement.Parse).ConfigureAwait(false);
        if (announcement is null)
        {
            return error!;
        }

        var (bot, _) = TopGgV1Targets.Me(http, state);
        var now = state.Now;
        DateTimeOffset? previous = null;
        state.Projects.Update(bot.Id, p =>
        {
            previous = p.LastAnnouncementAt;
            return previous is { } last && now - last < Cooldown ? p : p with { LastAnnouncementAt = now };
        });
        if (previous is { } earlier && now - earlier < Cooldown)
        {
            var wait = (long)Math.Ceiling((earlier + Cooldown - now).TotalSeconds);
            http.Response.Headers.RetryAfter = wait.ToString(CultureInfo.InvariantCulture);
            return TopGgProblemReplies.Problem(
                StatusCodes.Status429TooManyRequests,
                "Too Many Requests",
                $"A project can post one announcement every 4 hours. Retry after {wait} seconds.",
                new JsonObject { ["retry-after"] = wait });
        }

        state.RecordPosted(TopGgPostedKind.Announcement, bot.Id, http.Request, body);
        return TopGgJsonReplies.Json(new JsonObject
        {
            ["title"] = announcement.Title,
            ["content"] = announcement.Content,
            ["created_at"] = TopGgWireDates.V1(now),
        });
    }
}
