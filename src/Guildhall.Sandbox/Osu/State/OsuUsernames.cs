
namespace Guildhall.Sandbox.Osu.State;

/// <summary>
/// Invented usernames for the seeded players: two made-up word parts joined in the styles osu! names come in
/// (<c>Azure Fox</c>, <c>azure_fox</c>, <c>AzureFox</c>, <c>azurefox27</c>), unique the way osu! compares names.
/// </summary>
internal static class OsuUsernames
{
    private static readonly string[] Heads =
    [
        "azure", "ember", "frost", "lumen", "nova", "onyx", "pixel", "quartz", "raven", "sable", "tidal", "umbra",
        "vivid", "willow", "zephyr", "amber", "blitz", "cinder", "drift", "echo", "flint", "glimmer", "haze", "indigo",
        "jade", "kestrel", "lyric", "mist", "nimbus", "opal", "prism", "quill", "rune", "solace", "thistle", "velour",
        "wren", "yonder", "zinc", "arcadia", "bramble", "coral", "dusk", "fable", "garnet",
    ];

    private static readonly string[] Tails =
    [
        "fox", "byte", "wave", "moth", "crow", "leaf", "spark", "tide", "stone", "wing", "note", "beam", "root", "drop",
        "dust", "song", "star", "frame", "lynx", "kite", "fern", "bloom", "pulse", "shade", "gale", "mint", "loop",
        "vane", "reed", "orbit", "hare", "cove", "glint",
    ];

    /// <summary>
    /// <paramref name="count"/> names for the player numbers from <paramref name="first"/> on; names in
    /// <paramref name="taken"/> (compared as osu! does: case-insensitive, space and underscore alike) are skipped,
    /// and every returned name is added to it.
    /// </summary>
    public static List<string> Next(int first, int count, HashSet<string> taken)
    {
        var names = new List<string>(count);
        for (var number = first; names.Count < count; number++)
        {
            var name = Compose(number);
            if (taken.Add(OsuWorld.NormalizeUsername(name)))
            {
                names.Add(name);
            }
        }

        return names;
    }

    private static string Compose(int number)
    {
        var head = Heads[number % Heads.Length];
        var tail = Tails[((number * 7) + (number / Heads.Length)) % Tails.Length];
        return (number % 5) switch
        {
            0 => $"{Capitalize(head)} {Capitalize(tail)}",
            1 => $"{head}_{tail}",
            2 => Capitalize(head) + Capitalize(tail),
            3 => head + tail + OsuDeterministic.Between(2, 99, number, 1).ToString(CultureInfo.InvariantCulture),
            _ => $"{Capitalize(head)}-{tail}",
        };
    }

    private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
