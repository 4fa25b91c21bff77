using System.Text.Json;
using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>Comments with what they refer to (<c>GET /comments</c>, <c>GET /comments/{id}</c>).</summary>
[JsonConverter(typeof(WireModelConverter<CommentBundle>))]
public sealed partial record CommentBundle
{
    /// <summary>The comments asked for.</summary>
    public IReadOnlyList<Comment> Comments { get => field ?? []; init; }

    /// <summary>Related comments (parents, replies).</summary>
    public IReadOnlyList<Comment> IncludedComments { get => field ?? []; init; }

    /// <summary>Pinned comments of what they are on.</summary>
    public IReadOnlyList<Comment> PinnedComments { get => field ?? []; init; }

    /// <summary>What the comments are on.</summary>
    public IReadOnlyList<CommentableMeta> CommentableMeta { get => field ?? []; init; }

    /// <summary>The authors.</summary>
    public IReadOnlyList<User> Users { get => field ?? []; init; }

    /// <summary>The comments the token's owner voted for.</summary>
    public IReadOnlyList<long> UserVotes { get => field ?? []; init; }

    /// <summary>Whether the token's owner follows new comments.</summary>
    public bool UserFollow { get; init; }

    /// <summary>Whether more comments follow.</summary>
    public bool HasMore { get; init; }

    /// <summary>The parent the <see cref="HasMore"/> refers to.</summary>
    public long? HasMoreId { get; init; }

    /// <summary>The order: <c>new</c>, <c>old</c>, <c>top</c>.</summary>
    public string Sort { get => field ?? ""; init; }

    /// <summary>The position of the next page (<c>cursor[...]</c> parameters), or <see langword="null"/> at the end.</summary>
    public JsonElement? Cursor { get; init; }

    /// <summary>Top-level comments (listings).</summary>
    public int? TopLevelCount { get; init; }

    /// <summary>All comments (listings).</summary>
    public int? Total { get; init; }
}
