using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A topic and one page of its posts (<c>GET /forums/topics/{topic}</c>).</summary>
[JsonConverter(typeof(WireModelConverter<ForumTopicPage>))]
public sealed partial record ForumTopicPage
{
    /// <summary>The topic.</summary>
    public ForumTopic? Topic { get; init; }

    /// <summary>The posts of this page.</summary>
    public IReadOnlyList<ForumPost> Posts { get => field ?? []; init; }

    /// <summary>How the page was read.</summary>
    public ForumTopicSearch? Search { get; init; }

    /// <summary>The deprecated cursor object.</summary>
    public ForumPostsCursor? Cursor { get; init; }

    /// <summary>The token of the next page, or <see langword="null"/> on the last one.</summary>
    public string? CursorString { get; init; }
}
