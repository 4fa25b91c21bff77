namespace Guildhall.Sandbox.Osu.State;

/// <summary>A player's score in a match game, with the slot and team they played from.</summary>
internal sealed record OsuMatchScore(OsuScore Score, int Slot, string Team);
