namespace Guildhall.Osu.Json.Envelopes;

/// <summary>The <c>channel</c> member of an announcement channel's creation body.</summary>
internal sealed record ChatChannelNameBody(string Name, string Description);
