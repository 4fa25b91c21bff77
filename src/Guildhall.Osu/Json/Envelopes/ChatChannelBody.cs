namespace Guildhall.Osu.Json.Envelopes;

/// <summary>
/// The body of <c>POST /chat/channels</c>: a PM channel (<c>type</c> PM, <c>target_id</c>) or an announcement
/// (<c>type</c> ANNOUNCE, <c>target_ids</c>, <c>channel</c> and the first <c>message</c>).
/// </summary>
internal sealed record ChatChannelBody
{
    public required string Type { get; init; }

    public long? TargetId { get; init; }

    public IReadOnlyList<long>? TargetIds { get; init; }

    public ChatChannelNameBody? Channel { get; init; }

    public string? Message { get; init; }

    public string? Uuid { get; init; }
}
