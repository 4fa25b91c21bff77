using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>The news listing's sidebar: this year's posts and the years with posts.</summary>
[JsonConverter(typeof(WireModelConverter<NewsSidebar>))]
public sealed partial record NewsSidebar
{
    /// <summary>The year shown.</summary>
    public int CurrentYear { get; init; }

    /// <summary>That year's posts.</summary>
    public IReadOnlyList<NewsPost> NewsPosts { get => field ?? []; init; }

    /// <summary>Every year with posts.</summary>
    public IReadOnlyList<int> Years { get => field ?? []; init; }
}
