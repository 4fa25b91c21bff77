namespace Guildhall.Sandbox.Osu.State;

/// <summary>A user's standing in a room: summed best scores, mean accuracy, plays and passed items, plays per item.</summary>
internal sealed record OsuRoomAggregate(
    long UserId, long RoomId, long TotalScore, double Accuracy, int Attempts, int Completed, IReadOnlyList<(long ItemId, int Attempts)> ItemAttempts);
