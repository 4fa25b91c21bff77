using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>The post ordering and page size a topic page was read with.</summary>
[JsonConverter(typeof(WireModelConverter<ForumTopicSearch>))]
public sealed partial record ForumTopicSearch
{
    /// <summary>Posts per page.</summary>
    public int Limit { get; init; }

    /// <summary><c>id_asc</c> or <c>id_desc</c>.</summary>
    public string Sort { get => field ?? ""; init; }
}
