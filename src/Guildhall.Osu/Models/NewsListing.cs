using System.Text.Json;
using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>One page of the news listing (<c>GET /news</c>).</summary>
[JsonConverter(typeof(WireModelConverter<NewsListing>))]
public sealed partial record NewsListing
{
    /// <summary>The posts, newest first.</summary>
    public IReadOnlyList<NewsPost> NewsPosts { get => field ?? []; init; }

    /// <summary>The sidebar.</summary>
    public NewsSidebar? NewsSidebar { get; init; }

    /// <summary>The parameters the page was answered for.</summary>
    public NewsSearch? Search { get; init; }

    /// <summary>The position of the next page as the API sent it (opaque).</summary>
    public JsonElement? Cursor { get; init; }

    /// <summary>The token for the next page, or <see langword="null"/> on the last one.</summary>
    public string? CursorString { get; init; }
}
