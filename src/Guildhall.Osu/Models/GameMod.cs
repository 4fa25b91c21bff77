using System.Collections.ObjectModel;
using System.Text.Json;
using Guildhall.Core.Json.Wire;
using Guildhall.Osu.Json;

namespace Guildhall.Osu.Models;

/// <summary>
/// One mod of a score, as lazer names it: an acronym (<c>HD</c>, <c>DT</c>, <c>DA</c>...) and optional settings
/// (<c>{"speed_change": 1.3}</c>). Legacy-format scores send bare acronyms; they read into the same type with no settings
/// and are written back as bare acronyms.
/// See <see cref="Mods.ModConverter"/> for conversions to and from the legacy bit flags.
/// </summary>
public sealed record GameMod
{
    /// <summary>Creates a mod.</summary>
    /// <param name="acronym">The acronym, for example <c>HD</c>.</param>
    public GameMod(string acronym)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(acronym);
        Acronym = acronym;
    }

    /// <summary>The acronym, for example <c>HD</c>.</summary>
    public string Acronym { get; init; }

    /// <summary>The mod's settings as sent (numbers, booleans, strings); empty when it has none.</summary>
    public IReadOnlyDictionary<string, JsonElement> Settings { get => field ?? ReadOnlyDictionary<string, JsonElement>.Empty; init; }

    /// <summary>
    /// The members the mod object had and this type does not declare, by name, as they were sent; written back
    /// unchanged. Empty for a mod built in code or sent as a bare acronym.
    /// </summary>
    public IReadOnlyDictionary<string, JsonElement> ExtensionData { get => field ?? WireExtensionDictionary.Empty; init; }

    /// <summary>How the mod was sent; see <see cref="ModListConverter"/>.</summary>
    internal GameModShape Shape { get; init; }

    /// <summary>The acronym, followed by the settings when there are any.</summary>
    public override string ToString() =>
        Settings.Count == 0 ? Acronym : $"{Acronym}({string.Join(", ", Settings.Select(setting => $"{setting.Key}={setting.Value.GetRawText()}"))})";
}
