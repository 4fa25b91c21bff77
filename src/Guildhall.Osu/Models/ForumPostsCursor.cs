using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>The deprecated cursor object of a topic's posts.</summary>
[JsonConverter(typeof(WireModelConverter<ForumPostsCursor>))]
public sealed partial record ForumPostsCursor
{
    /// <summary>The post the next page continues after.</summary>
    public long? Id { get; init; }
}
