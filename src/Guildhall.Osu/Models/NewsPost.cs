using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A news post; the listing leaves out <see cref="Content"/> and <see cref="Navigation"/>.</summary>
[JsonConverter(typeof(WireModelConverter<NewsPost>))]
public sealed partial record NewsPost
{
    /// <summary>The post id.</summary>
    public long Id { get; init; }

    /// <summary>The slug used in addresses.</summary>
    public string Slug { get => field ?? ""; init; }

    /// <summary>The title.</summary>
    public string Title { get => field ?? ""; init; }

    /// <summary>The author.</summary>
    public string Author { get => field ?? ""; init; }

    /// <summary>Where the post's source is.</summary>
    public string EditUrl { get => field ?? ""; init; }

    /// <summary>The first image, if any.</summary>
    public string? FirstImage { get; init; }

    /// <summary>The first image at twice the size, if any.</summary>
    [JsonPropertyName("first_image@2x")]
    public string? FirstImage2x { get; init; }

    /// <summary>When the post was published.</summary>
    public DateTimeOffset PublishedAt { get; init; }

    /// <summary>When the post was last updated.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The first paragraph (listings).</summary>
    public string? Preview { get; init; }

    /// <summary>The whole post in HTML (single posts).</summary>
    public string? Content { get; init; }

    /// <summary>The posts before and after it (single posts).</summary>
    public NewsNavigation? Navigation { get; init; }
}
