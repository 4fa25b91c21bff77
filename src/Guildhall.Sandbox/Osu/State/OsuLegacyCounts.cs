namespace Guildhall.Sandbox.Osu.State;

/// <summary>The hit counts of a stable (legacy-format) score; <see langword="null"/> where the ruleset has no such count.</summary>
internal sealed record OsuLegacyCounts(int Count300, int Count100, int? Count50, int? CountGeki, int? CountKatu, int CountMiss);
