namespace Guildhall.Sandbox.Osu.State;

/// <summary>Fixed osu! reference data: genres, languages, user groups.</summary>
internal static class OsuCatalog
{
    private static readonly Dictionary<int, string> Genres = new()
    {
        [1] = "Unspecified", [2] = "Video Game", [3] = "Anime", [4] = "Rock", [5] = "Pop", [6] = "Other",
        [7] = "Novelty", [9] = "Hip Hop", [10] = "Electronic", [11] = "Metal", [12] = "Classical", [13] = "Folk",
        [14] = "Jazz",
    };

    private static readonly Dictionary<int, string> Languages = new()
    {
        [1] = "Unspecified", [2] = "English", [3] = "Japanese", [4] = "Chinese", [5] = "Instrumental", [6] = "Korean",
        [7] = "French", [8] = "German", [9] = "Swedish", [10] = "Spanish", [11] = "Italian", [12] = "Russian",
        [13] = "Polish", [14] = "Other",
    };

    // identifier -> (id, name, short name, colour, has listing, playmodes)
    private static readonly Dictionary<string, (int Id, string Name, string Short, string Colour, bool Listed, bool Playmodes)> Groups =
        new(StringComparer.Ordinal)
        {
            ["alumni"] = (16, "osu! Alumni", "ALU", "#999999", true, false),
            ["bng"] = (28, "Beatmap Nominators", "BN", "#A347EB", true, true),
            ["bot"] = (29, "Chat Bots", "BOT", "#000000", true, false),
            ["dev"] = (11, "Developers", "DEV", "#E45678", true, false),
            ["gmt"] = (4, "Global Moderation Team", "GMT", "#99EB47", true, false),
            ["nat"] = (7, "Nomination Assessment Team", "NAT", "#FA3703", true, true),
            ["ppy"] = (33, "ppy", "PPY", "#0066FF", false, false),
        };

    /// <summary>A <c>{id, name}</c> genre object.</summary>
    public static JsonObject Genre(int id) => new() { ["id"] = id, ["name"] = Genres.GetValueOrDefault(id, "Unspecified") };

    /// <summary>A <c>{id, name}</c> language object.</summary>
    public static JsonObject Language(int id) => new() { ["id"] = id, ["name"] = Languages.GetValueOrDefault(id, "Unspecified") };

    /// <summary>The <c>groups</c> entry for a user's default group; none for ordinary users.</summary>
    public static JsonArray GroupsFor(string defaultGroup, string playmode) =>
        Groups.ContainsKey(defaultGroup) ? [(JsonNode)Group(defaultGroup, playmode)] : [];

    /// <summary>One <c>groups</c> entry; <paramref name="playmode"/> is listed for groups organised by ruleset.</summary>
    public static JsonObject Group(string identifier, string playmode)
    {
        var group = Groups[identifier];
        return new JsonObject
        {
            ["colour"] = group.Colour,
            ["has_listing"] = group.Listed,
            ["has_playmodes"] = group.Playmodes,
            ["id"] = group.Id,
            ["identifier"] = identifier,
            ["is_probationary"] = false,
            ["name"] = group.Name,
            ["short_name"] = group.Short,
            ["playmodes"] = group.Playmodes ? new JsonArray(playmode) : null,
        };
    }

    /// <summary>The colour of a group, which becomes the <c>profile_colour</c> of its members.</summary>
    public static string Colour(string identifier) => Groups[identifier].Colour;
}
