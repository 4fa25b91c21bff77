namespace Guildhall.Sandbox.Osu.State;

/// <summary>A mod on a score: its acronym and, for lazer mods, its settings (absent when defaults are used).</summary>
internal sealed record OsuMod(string Acronym, JsonObject? Settings = null);
