using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A new forum topic with its opening post (<c>POST /forums/topics</c>).</summary>
[JsonConverter(typeof(WireModelConverter<CreatedForumTopic>))]
public sealed partial record CreatedForumTopic
{
    /// <summary>The topic.</summary>
    public ForumTopic? Topic { get; init; }

    /// <summary>The opening post.</summary>
    public ForumPost? Post { get; init; }
}
