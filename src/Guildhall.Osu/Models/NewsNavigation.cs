using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>The neighbours of a news post.</summary>
[JsonConverter(typeof(WireModelConverter<NewsNavigation>))]
public sealed partial record NewsNavigation
{
    /// <summary>The next newer post, if any.</summary>
    public NewsPost? Newer { get; init; }

    /// <summary>The next older post, if any.</summary>
    public NewsPost? Older { get; init; }
}
