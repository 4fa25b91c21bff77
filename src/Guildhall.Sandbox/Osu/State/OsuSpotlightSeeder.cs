
namespace Guildhall.Sandbox.Osu.State;

/// <summary>
/// Seeds the spotlights <c>/spotlights</c> lists and <c>/rankings/{mode}/charts</c> ranks: monthly charts from 2021
/// on, a theme spotlight each half year and a best-of for every finished year, newest first.
/// </summary>
internal static class OsuSpotlightSeeder
{
    private static readonly string[] Themes =
    [
        "Anime Openings", "Video Game Soundtracks", "Marathon Maps", "Featured Artist Picks", "Beginner Friendly",
        "Tech Showcase", "Retro Chiptune", "Vocaloid Classics", "Summer Festival", "Winter Ballads", "Speed Demons",
    ];

    public static void Seed(OsuWorld world)
    {
        var spotlights = new List<JsonObject>();
        var themes = 0;
        for (var month = new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero); month.Year < 2026 || month.Month <= 5; month = month.AddMonths(1))
        {
            var name = month.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
            spotlights.Add(Spotlight(spotlights.Count + 1, $"Monthly Charts: {name}", "monthly", month, month.AddDays(27), modeSpecific: true));
            if (month.Month is 3 or 9)
            {
                spotlights.Add(Spotlight(spotlights.Count + 1, $"Theme Spotlight: {Themes[themes++ % Themes.Length]}", "theme", month.AddDays(7), month.AddDays(35), modeSpecific: false));
            }

            if (month.Month == 12)
            {
                spotlights.Add(Spotlight(spotlights.Count + 1, $"Best of {month.Year}", "bestof", month.AddDays(14), month.AddDays(45), modeSpecific: true));
            }
        }

        world.Spotlights.AddRange(Enumerable.Reverse(spotlights));
    }

    private static JsonObject Spotlight(int id, string name, string type, DateTimeOffset start, DateTimeOffset end, bool modeSpecific) => new()
    {
        ["end_date"] = OsuJsonTime.Offset(end),
        ["id"] = id,
        ["mode_specific"] = modeSpecific,
        ["name"] = name,
        ["start_date"] = OsuJsonTime.Offset(start),
        ["type"] = type,
    };
}
