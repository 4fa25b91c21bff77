namespace Guildhall.Sandbox.Osu.State;

/// <summary>A silenced user as chat reports it (osu-web's <c>UserSilenceTransformer</c> sends the id and the user id).</summary>
internal sealed record OsuChatSilence(long Id, long UserId, DateTimeOffset Timestamp);
