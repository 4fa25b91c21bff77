using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>What the token's owner may do with something comments are on.</summary>
[JsonConverter(typeof(WireModelConverter<CommentableUserAttributes>))]
public sealed partial record CommentableUserAttributes
{
    /// <summary>Why they may not comment, or <see langword="null"/> if they may.</summary>
    public string? CanNewCommentReason { get; init; }
}
