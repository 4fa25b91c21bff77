
namespace Guildhall.Sandbox.Osu.State;

/// <summary>Seeds the wiki pages <c>/search?mode=wiki_page</c> finds: a main page and a few short articles, in the <c>WikiPage</c> shape.</summary>
internal static class OsuWikiSeeder
{
    private const string MainPage =
        "---\nlayout: main_page\n---\n\n"
        + "# Welcome to the sandbox wiki\n\n"
        + "This wiki answers the questions players and bot developers ask most.\n\n"
        + "## Getting started\n\n"
        + "- [Beatmap](/wiki/Beatmap): what you play\n"
        + "- [Performance points](/wiki/Performance_points): how plays are ranked\n\n"
        + "## For developers\n\n"
        + "- [osu!api](/wiki/osu!api): reading game data with OAuth 2 tokens\n"
        + "- [Ranking criteria](/wiki/Ranking_criteria): what a ranked beatmap must follow\n";

    private static readonly (string Path, string Title, string Subtitle, string[] Tags, string Markdown)[] Articles =
    [
        ("Beatmap", "Beatmap", "Game concept", ["map", "difficulty"], "# Beatmap\n\nA **beatmap** is a playable level: hit objects placed to a song, grouped with its other difficulties into a beatmapset.\n"),
        ("Performance_points", "Performance points", "Ranking system", ["pp", "ranking"], "# Performance points\n\n**Performance points** (pp) rank players by the difficulty of the plays they set.\n"),
        ("Ranking_criteria", "Ranking criteria", "Beatmap ranking", ["ranking", "rules"], "# Ranking criteria\n\nThe **ranking criteria** are the rules a beatmap must follow to become ranked.\n"),
        ("osu!api", "osu!api", "Developers", ["api", "developers", "oauth"], "# osu!api\n\nThe **osu!api** lets applications read public game data with OAuth 2 tokens.\n"),
    ];

    public static void Seed(OsuWorld world)
    {
        world.WikiPages.Add(Page("Main_page", "Main page", null, [], MainPage, "main_page", ["de", "en", "es", "fr", "ja", "ko", "pl", "pt-br", "ru", "zh"]));
        foreach (var article in Articles)
        {
            world.WikiPages.Add(Page(article.Path, article.Title, article.Subtitle, article.Tags, article.Markdown, "markdown_page", ["en"]));
        }
    }

    private static JsonObject Page(string path, string title, string? subtitle, string[] tags, string markdown, string layout, string[] locales) => new()
    {
        ["available_locales"] = new JsonArray([.. locales.Select(l => (JsonNode)l)]),
        ["layout"] = layout,
        ["locale"] = "en",
        ["markdown"] = markdown,
        ["path"] = path,
        ["subtitle"] = subtitle,
        ["tags"] = new JsonArray([.. tags.Select(t => (JsonNode)t)]),
        ["title"] = title,
    };
}
