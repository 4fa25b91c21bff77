namespace Guildhall.Osu.Json.Envelopes;

/// <summary>The body of <c>POST /chat/new</c>; <see cref="Uuid"/> lets the API drop a repeated request.</summary>
internal sealed record PrivateMessageBody(long TargetId, string Message, bool IsAction, string? Uuid);
