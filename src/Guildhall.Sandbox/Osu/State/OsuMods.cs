namespace Guildhall.Sandbox.Osu.State;

/// <summary>
/// Mod acronyms each ruleset accepts, their stable bit flags (v1 and <c>mods</c> integers), and how they move star
/// rating. Acronyms without a bit (for example <c>CL</c>) vanish from legacy-format scores, as on the real API.
/// </summary>
internal static class OsuMods
{
    private static readonly string[] Common =
    [
        "EZ", "NF", "HT", "DC", "HR", "SD", "PF", "DT", "NC", "HD", "FL", "AT", "CN", "DA", "CL", "MR", "WU", "WD", "MU",
        "AS", "TD", "SV2",
    ];

    private static readonly IReadOnlyList<HashSet<string>> ByRuleset =
    [
        new(Common.Concat(["RX", "AP", "SO", "TP", "BL", "ST", "AC", "TR", "WG", "SI", "GR", "DF", "AL", "SG", "TC", "BR", "AD", "MG", "RP", "FR", "BU", "SY", "DP", "BM", "RD"]), StringComparer.Ordinal),
        new(Common.Concat(["RX", "RD", "SW", "SR", "CS", "SG", "CO"]), StringComparer.Ordinal),
        new(Common.Concat(["RX", "FF", "NS"]), StringComparer.Ordinal),
        new(Common.Concat(["FI", "CO", "RD", "DS", "IN", "CS", "HO", "1K", "2K", "3K", "4K", "5K", "6K", "7K", "8K", "9K", "10K", "NS"]), StringComparer.Ordinal),
    ];

    private static readonly (long Bit, string Acronym)[] LegacyBits =
    [
        (1, "NF"), (2, "EZ"), (4, "TD"), (8, "HD"), (16, "HR"), (32, "SD"), (64, "DT"), (128, "RX"), (256, "HT"),
        (512, "NC"), (1024, "FL"), (2048, "AT"), (4096, "SO"), (8192, "AP"), (16384, "PF"), (32768, "4K"),
        (65536, "5K"), (131072, "6K"), (262144, "7K"), (524288, "8K"), (1048576, "FI"), (2097152, "RD"),
        (4194304, "CN"), (8388608, "TP"), (16777216, "9K"), (33554432, "CO"), (67108864, "1K"), (134217728, "3K"),
        (268435456, "2K"), (536870912, "SV2"), (1073741824, "MR"),
    ];

    /// <summary>Whether the ruleset knows the acronym.</summary>
    public static bool IsValid(int rulesetId, string acronym) => ByRuleset[rulesetId].Contains(acronym);

    /// <summary>Whether the acronym exists on stable (has a bit), so it shows in legacy-format scores.</summary>
    public static bool HasLegacyBit(string acronym) => LegacyBits.Any(b => string.Equals(b.Acronym, acronym, StringComparison.Ordinal));

    /// <summary>The stable bit set of acronyms (those without a bit, lazer's own, count for nothing), as replays store it.</summary>
    public static long ToBitset(IEnumerable<string> acronyms) =>
        acronyms.Aggregate(0L, (bits, acronym) => bits | LegacyBits.FirstOrDefault(b => string.Equals(b.Acronym, acronym, StringComparison.Ordinal)).Bit);

    /// <summary>Acronyms of a stable bit set; NC implies DT and PF implies SD, so the implied ones are dropped.</summary>
    public static List<string> FromBitset(long bitset)
    {
        var acronyms = LegacyBits.Where(b => (bitset & b.Bit) != 0).Select(b => b.Acronym).ToList();
        if (acronyms.Contains("NC"))
        {
            acronyms.Remove("DT");
        }

        if (acronyms.Contains("PF"))
        {
            acronyms.Remove("SD");
        }

        return acronyms;
    }

    /// <summary>The factor a mod combination applies to star rating (rough, enough for attributes that move the right way).</summary>
    public static double StarRatingFactor(IEnumerable<string> acronyms)
    {
        var factor = 1.0;
        foreach (var acronym in acronyms)
        {
            factor *= acronym switch
            {
                "DT" or "NC" => 1.4,
                "HT" or "DC" => 0.75,
                "HR" => 1.1,
                "EZ" => 0.8,
                "FL" => 1.05,
                _ => 1.0,
            };
        }

        return factor;
    }

    /// <summary>The score multiplier of a mod combination (lazer values for the common mods).</summary>
    public static double ScoreMultiplier(IEnumerable<string> acronyms)
    {
        var multiplier = 1.0;
        foreach (var acronym in acronyms)
        {
            multiplier *= acronym switch
            {
                "HD" => 1.06,
                "HR" => 1.06,
                "DT" or "NC" => 1.2,
                "FL" => 1.12,
                "EZ" => 0.5,
                "NF" => 0.5,
                "HT" or "DC" => 0.3,
                "CL" => 0.96,
                _ => 1.0,
            };
        }

        return multiplier;
    }
}
