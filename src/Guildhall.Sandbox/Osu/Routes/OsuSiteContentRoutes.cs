using Guildhall.Sandbox.Osu.State;
using Guildhall.Sandbox.Osu.Wire;

namespace Guildhall.Sandbox.Osu.Routes;

/// <summary>
/// <c>/seasonal-backgrounds</c> and <c>/wiki/{locale}/{path}</c> (the path may be nested; a page missing in the locale
/// shows in English; an unknown page answers 404 with an empty body; a locale that is not one answers a redirect to
/// the English page). No token needed.
/// </summary>
internal static class OsuSiteContentRoutes
{
    private static readonly HashSet<string> Locales = new(StringComparer.Ordinal)
    {
        "ar", "be", "bg", "ca", "cs", "da", "de", "el", "en", "es", "fi", "fil", "fr", "he", "hr", "hu", "id", "it", "ja",
        "ko", "lt", "lv-lv", "ms", "nl", "no", "pl", "pt", "pt-br", "ro", "ru", "sk", "sl", "sr", "sv", "th", "tr", "uk",
        "vi", "zh", "zh-tw",
    };

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/seasonal-backgrounds", SeasonalBackgrounds).Requires(OsuScopes.None);
        api.MapGet("/wiki/{locale}/{**path}", Wiki).Requires(OsuScopes.None);
    }

    private static IResult SeasonalBackgrounds(OsuWorld world)
    {
        lock (world.Sync)
        {
            var community = world.SiteContent;
            return OsuResponses.Json(new JsonObject
            {
                ["ends_at"] = OsuJsonTime.Offset(community.SeasonEndsAt),
                ["backgrounds"] = new JsonArray([.. community.SeasonalBackgrounds.Select(b => (JsonNode)new JsonObject
                {
                    ["url"] = b.Url,
                    ["user"] = OsuUserPresenter.Compact(world.Users[b.UserId]),
                })]),
            });
        }
    }

    private static IResult Wiki(OsuWorld world, string locale, string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return new OsuRedirect($"/osu/api/v2/wiki/{locale}/Main_page");
        }

        if (!Locales.Contains(locale))
        {
            return new OsuRedirect($"/osu/api/v2/wiki/en/{path}");
        }

        lock (world.Sync)
        {
            var page = world.WikiPages.FirstOrDefault(p => string.Equals(p["path"]!.GetValue<string>(), path, StringComparison.OrdinalIgnoreCase));

            // osu-web answers a missing page with a bare 404: no body at all, but (like every Laravel answer) a
            // Content-Type, which clients that read the header on every answer rely on.
            return page is null
                ? Results.Text(string.Empty, "text/html; charset=UTF-8", statusCode: StatusCodes.Status404NotFound)
                : OsuResponses.Json(page.DeepClone());
        }
    }
}
