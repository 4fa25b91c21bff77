namespace Guildhall.Osu.Json.Envelopes;

/// <summary>The body of <c>POST /chat/channels/{channel}/messages</c>.</summary>
internal sealed record ChatMessageBody(string Message, bool IsAction);
