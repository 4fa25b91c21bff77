using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A friend (or block) of the token's owner (<c>GET /friends</c>).</summary>
[JsonConverter(typeof(WireModelConverter<UserRelation>))]
public sealed partial record UserRelation
{
    /// <summary>The other user's id.</summary>
    public long TargetId { get; init; }

    /// <summary>The relation.</summary>
    public UserRelationType RelationType { get; init; }

    /// <summary>Whether the friendship is mutual.</summary>
    public bool Mutual { get; init; }

    /// <summary>The other user.</summary>
    public User? Target { get; init; }
}
