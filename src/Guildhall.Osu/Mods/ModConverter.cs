using Guildhall.Osu.Models;

namespace Guildhall.Osu.Mods;

/// <summary>
/// Converts between stable's <see cref="LegacyMods"/> bit flags and lazer's mod acronyms. Nightcore and Perfect imply
/// Double Time and Sudden Death in the flags (as stable writes them) and stand alone as acronyms. Lazer-only mods
/// (<c>DA</c>, <c>CL</c>, <c>WU</c>...) and mods with settings have no flags: they cannot be converted.
/// </summary>
public static class ModConverter
{
    private static readonly (LegacyMods Flag, string Acronym)[] Table =
    [
        (LegacyMods.NoFail, "NF"),
        (LegacyMods.Easy, "EZ"),
        (LegacyMods.TouchDevice, "TD"),
        (LegacyMods.Hidden, "HD"),
        (LegacyMods.HardRock, "HR"),
        (LegacyMods.SuddenDeath, "SD"),
        (LegacyMods.DoubleTime, "DT"),
        (LegacyMods.Relax, "RX"),
        (LegacyMods.HalfTime, "HT"),
        (LegacyMods.Nightcore, "NC"),
        (LegacyMods.Flashlight, "FL"),
        (LegacyMods.Autoplay, "AT"),
        (LegacyMods.SpunOut, "SO"),
        (LegacyMods.Autopilot, "AP"),
        (LegacyMods.Perfect, "PF"),
        (LegacyMods.Key4, "4K"),
        (LegacyMods.Key5, "5K"),
        (LegacyMods.Key6, "6K"),
        (LegacyMods.Key7, "7K"),
        (LegacyMods.Key8, "8K"),
        (LegacyMods.FadeIn, "FI"),
        (LegacyMods.Random, "RD"),
        (LegacyMods.Cinema, "CN"),
        (LegacyMods.Target, "TP"),
        (LegacyMods.Key9, "9K"),
        (LegacyMods.KeyCoop, "DS"),
        (LegacyMods.Key1, "1K"),
        (LegacyMods.Key3, "3K"),
        (LegacyMods.Key2, "2K"),
        (LegacyMods.ScoreV2, "SV2"),
        (LegacyMods.Mirror, "MR"),
    ];

    private static readonly Dictionary<string, LegacyMods> FlagsByAcronym = Table.ToDictionary(entry => entry.Acronym, entry => entry.Flag, StringComparer.OrdinalIgnoreCase);

    /// <summary>The acronyms of a set of flags, in stable's order, without the Double Time and Sudden Death that Nightcore and Perfect imply.</summary>
    /// <param name="mods">The flags.</param>
    /// <exception cref="ArgumentException"><paramref name="mods"/> has bits no mod uses.</exception>
    public static IReadOnlyList<string> ToAcronyms(LegacyMods mods)
    {
        var known = Table.Aggregate(LegacyMods.None, (all, entry) => all | entry.Flag);
        if ((mods & ~known) != LegacyMods.None)
        {
            throw new ArgumentException($"The mod flags {(long)mods} contain bits no mod uses ({(long)(mods & ~known)}).", nameof(mods));
        }

        var implied = (mods.HasFlag(LegacyMods.Nightcore) ? LegacyMods.DoubleTime : LegacyMods.None)
            | (mods.HasFlag(LegacyMods.Perfect) ? LegacyMods.SuddenDeath : LegacyMods.None);
        return [.. Table.Where(entry => mods.HasFlag(entry.Flag) && !implied.HasFlag(entry.Flag)).Select(entry => entry.Acronym)];
    }

    /// <summary>The mods of a set of flags, without settings.</summary>
    /// <param name="mods">The flags.</param>
    public static IReadOnlyList<GameMod> ToMods(LegacyMods mods) => [.. ToAcronyms(mods).Select(acronym => new GameMod(acronym))];

    /// <summary>
    /// The flags of a list of mods, as stable writes them (Nightcore adds Double Time, Perfect adds Sudden Death).
    /// </summary>
    /// <param name="mods">The mods.</param>
    /// <param name="flags">The flags, when every mod converts.</param>
    /// <param name="unconvertible">The mods stable cannot express: lazer-only acronyms and mods with settings.</param>
    /// <returns>Whether every mod converted.</returns>
    public static bool TryToLegacy(IEnumerable<GameMod> mods, out LegacyMods flags, out IReadOnlyList<GameMod> unconvertible)
    {
        ArgumentNullException.ThrowIfNull(mods);
        flags = LegacyMods.None;
        var rejected = new List<GameMod>();
        foreach (var mod in mods)
        {
            if (mod.Settings.Count > 0 || !FlagsByAcronym.TryGetValue(mod.Acronym, out var flag))
            {
                rejected.Add(mod);
                continue;
            }

            flags |= flag switch
            {
                LegacyMods.Nightcore => LegacyMods.Nightcore | LegacyMods.DoubleTime,
                LegacyMods.Perfect => LegacyMods.Perfect | LegacyMods.SuddenDeath,
                _ => flag,
            };
        }

        unconvertible = rejected;
        if (rejected.Count > 0)
        {
            flags = LegacyMods.None;
            return false;
        }

        return true;
    }

    /// <summary>The flags of a list of mods.</summary>
    /// <param name="mods">The mods.</param>
    /// <exception cref="ArgumentException">A mod has no legacy flag or carries settings.</exception>
    public static LegacyMods ToLegacy(IEnumerable<GameMod> mods) =>
        TryToLegacy(mods, out var flags, out var unconvertible)
            ? flags
            : throw new ArgumentException($"These mods have no legacy flag: {string.Join(", ", unconvertible)}.", nameof(mods));

    /// <summary>The flags of a list of acronyms.</summary>
    /// <param name="acronyms">The acronyms, for example <c>["HD", "DT"]</c>.</param>
    /// <exception cref="ArgumentException">An acronym has no legacy flag.</exception>
    public static LegacyMods ToLegacy(IEnumerable<string> acronyms)
    {
        ArgumentNullException.ThrowIfNull(acronyms);
        return ToLegacy(acronyms.Select(acronym => new GameMod(acronym)));
    }
}
