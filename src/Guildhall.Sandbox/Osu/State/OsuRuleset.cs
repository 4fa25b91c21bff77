namespace Guildhall.Sandbox.Osu.State;

/// <summary>The four osu! rulesets by name (as in paths and <c>mode</c> fields) and id (as in <c>ruleset_id</c>).</summary>
internal static class OsuRuleset
{
    /// <summary>Ruleset names indexed by ruleset id.</summary>
    public static IReadOnlyList<string> Names { get; } = ["osu", "taiko", "fruits", "mania"];

    /// <summary>The name of a ruleset id.</summary>
    public static string Name(int rulesetId) => Names[rulesetId];

    /// <summary>Resolves a ruleset name; unknown or missing names are rejected, as osu-web's <c>Beatmap::isModeValid</c> does.</summary>
    public static bool TryParse(string? name, out int rulesetId)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], name, StringComparison.Ordinal))
            {
                rulesetId = i;
                return true;
            }
        }

        rulesetId = -1;
        return false;
    }

    /// <summary>Whether a beatmap of <paramref name="beatmapRuleset"/> can be played in <paramref name="targetRuleset"/>: only osu! maps convert.</summary>
    public static bool CanConvert(int beatmapRuleset, int targetRuleset) => beatmapRuleset == 0 || beatmapRuleset == targetRuleset;
}
