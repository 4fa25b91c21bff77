namespace Guildhall.Sandbox.Osu.State;

/// <summary>The invented teams seeded players belong to, in the <c>team</c> shape of user objects.</summary>
internal static class OsuTeams
{
    private static readonly (string Name, string ShortName)[] Teams =
    [
        ("Night Owls", "OWL"), ("Circle Clickers", "CLIK"), ("Slider Society", "SLDR"), ("Metronome Club", "BPM"),
        ("Hidden Hearts", "HDHT"), ("Spinner Syndicate", "SPIN"), ("Tapping Tortoises", "TORT"), ("Combo Keepers", "KEEP"),
    ];

    /// <summary>How many teams there are.</summary>
    public static int Count => Teams.Length;

    /// <summary>Team number <paramref name="index"/> (0-based) as a fresh <c>{flag_url, id, name, short_name}</c> object.</summary>
    public static JsonObject Team(int index)
    {
        var id = 2001 + index;
        return new JsonObject
        {
            ["flag_url"] = $"https://assets.ppy.sh/teams/flag/{id}/{OsuDeterministic.Hex(64, id, 70)}.png",
            ["id"] = id,
            ["name"] = Teams[index].Name,
            ["short_name"] = Teams[index].ShortName,
        };
    }
}
