namespace Guildhall.Sandbox.Osu.State;

/// <summary>
/// The user tags players vote onto difficulties (<c>top_tag_ids</c>) and a full set lists (<c>related_tags</c>): a
/// small invented catalog, all of the osu! ruleset.
/// </summary>
internal static class OsuBeatmapTags
{
    private static readonly (int Id, string Name, string Description)[] Tags =
    [
        (101, "aim/jumps", "Wide cursor movements between consecutive objects."),
        (102, "tap/streams", "Long runs of evenly spaced notes tapped at speed."),
        (103, "reading/high ar", "Objects that appear very shortly before they are hit."),
        (104, "tech/sliders", "Sliders with unusual shapes, speeds or rhythms."),
        (105, "style/clean", "Tidy, regular placement that is easy to follow."),
        (106, "skill/stamina", "Sustained effort over a long part of the song."),
        (107, "rhythm/complex", "Rhythms that change often or follow layered sounds."),
        (108, "meta/marathon", "A difficulty much longer than usual."),
    ];

    /// <summary>How many tags there are.</summary>
    public static int Count => Tags.Length;

    /// <summary>Tag number <paramref name="index"/> as a <c>related_tags</c> entry.</summary>
    public static JsonObject Related(int index) => new()
    {
        ["id"] = Tags[index].Id,
        ["name"] = Tags[index].Name,
        ["ruleset_id"] = 0,
        ["description"] = Tags[index].Description,
        ["created_at"] = null,
        ["updated_at"] = null,
    };

    /// <summary>The id of tag number <paramref name="index"/>.</summary>
    public static int IdOf(int index) => Tags[index].Id;
}
