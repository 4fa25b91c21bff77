namespace Guildhall.Sandbox.Osu.State;

/// <summary>Country names as osu! writes them in <c>country</c> objects, for the codes the seeded users carry.</summary>
internal static class OsuCountries
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["AR"] = "Argentina", ["AU"] = "Australia", ["BE"] = "Belgium", ["BR"] = "Brazil", ["BY"] = "Belarus",
        ["CA"] = "Canada", ["CH"] = "Switzerland", ["CL"] = "Chile", ["CN"] = "China", ["CR"] = "Costa Rica",
        ["CZ"] = "Czechia", ["DE"] = "Germany", ["EE"] = "Estonia", ["ES"] = "Spain", ["FI"] = "Finland",
        ["FR"] = "France", ["GB"] = "United Kingdom", ["GE"] = "Georgia", ["HK"] = "Hong Kong", ["ID"] = "Indonesia",
        ["IL"] = "Israel", ["IN"] = "India", ["IT"] = "Italy", ["JP"] = "Japan", ["KR"] = "South Korea",
        ["KZ"] = "Kazakhstan", ["LT"] = "Lithuania", ["LV"] = "Latvia", ["MM"] = "Myanmar", ["MX"] = "Mexico",
        ["MY"] = "Malaysia", ["NL"] = "Netherlands", ["NO"] = "Norway", ["PE"] = "Peru", ["PH"] = "Philippines",
        ["PL"] = "Poland", ["PY"] = "Paraguay", ["RO"] = "Romania", ["RS"] = "Serbia", ["RU"] = "Russian Federation",
        ["SE"] = "Sweden", ["SG"] = "Singapore", ["SI"] = "Slovenia", ["SK"] = "Slovakia", ["TH"] = "Thailand",
        ["TR"] = "Turkey", ["TW"] = "Taiwan", ["UA"] = "Ukraine", ["US"] = "United States", ["UZ"] = "Uzbekistan",
        ["VN"] = "Vietnam",
    };

    /// <summary>The codes in a stable order, for giving derived users a country.</summary>
    public static IReadOnlyList<string> Codes { get; } = [.. Names.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The name of a country code; unknown codes fall back to the code itself.</summary>
    public static string NameOf(string code) => Names.GetValueOrDefault(code, code);

    /// <summary>Whether osu! knows the code.</summary>
    public static bool IsKnown(string code) => Names.ContainsKey(code);
}
