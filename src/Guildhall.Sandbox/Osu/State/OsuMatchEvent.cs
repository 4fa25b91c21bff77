namespace Guildhall.Sandbox.Osu.State;

/// <summary>One event of a match: <c>match-created</c>, <c>player-joined</c>, <c>player-left</c>, <c>host-changed</c>, <c>other</c> (a game), <c>match-disbanded</c>.</summary>
internal sealed record OsuMatchEvent(long Id, string Type, DateTimeOffset Timestamp, long? UserId, OsuMatchGame? Game = null);
