namespace Guildhall.Osu.Json.Envelopes;

/// <summary>The body of a reply or a post edit: the BBCode text.</summary>
internal sealed record ForumTextBody(string Body);
