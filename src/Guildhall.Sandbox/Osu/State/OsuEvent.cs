namespace Guildhall.Sandbox.Osu.State;

/// <summary>A public activity event (<c>/events</c>, <c>/users/{id}/recent_activity</c>), stored in its wire shape.</summary>
internal sealed record OsuEvent(long Id, long UserId, DateTimeOffset CreatedAt, JsonObject Body);
