

using Guildhall.Sandbox.TopGg.State;
using Guildhall.Sandbox.TopGg.Wire;

namespace Guildhall.Sandbox.TopGg.Routes;

/// <summary>
/// <c>GET /v1/projects/@me</c> and <c>PATCH /v1/projects/@me</c>. A successful edit answers 200 with the project's
/// headline and page content in every locale set so far; the English texts also become the v0 <c>shortdesc</c> and
/// <c>longdesc</c>.
/// </summary>
internal static class TopGgV1ProjectRoutes
{
    public static void Map(IEndpointRouteBuilder project)
    {
        project.MapGet("", (HttpContext http, TopGgState state) =>
        {
            var (bot, me) = TopGgV1Targets.Me(http, state);
            return TopGgJsonReplies.Json(TopGgV1Json.Project(bot, me));
        });
        project.MapPatch("", EditAsync);
    }

    private static async Task<IResult> EditAsync(HttpContext http, TopGgState state)
    {
        var (edit, body, error) = await TopGgV1Body.ReadAsync(http, TopGgProjectEdit.Parse).ConfigureAwait(false);
        if (edit is null)
        {
            return error!;
        }

        var (bot, _) = TopGgV1Targets.Me(http, state);
        var updated = state.Projects.Update(bot.Id, p => p with
        {
            Headlines = p.Headlines.SetItems(edit.Headlines),
            PageContents = p.PageContents.SetItems(edit.PageContents),
        })!;
        state.Bots.Update(bot.Id, b => b with
        {
            ShortDescription = edit.Headlines.GetValueOrDefault("en", b.ShortDescription),
            LongDescription = edit.PageContents.GetValueOrDefault("en", b.LongDescription),
        });
        state.RecordPosted(TopGgPostedKind.ProjectEdit, bot.Id, http.Request, body);
        return TopGgJsonReplies.Json(new JsonObject
        {
            ["headline"] = Localized(updated.Headlines),
            ["page_content"] = Localized(updated.PageContents),
        });
    }

    private static JsonObject Localized(IEnumerable<KeyValuePair<string, string>> texts) =>
        new(texts.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => KeyValuePair.Create(t.Key, (JsonNode?)t.Value)));
}
