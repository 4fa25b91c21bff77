using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A medal, as described in achievement events.</summary>
[JsonConverter(typeof(WireModelConverter<Achievement>))]
public sealed partial record Achievement
{
    /// <summary>The medal id.</summary>
    public long Id { get; init; }

    /// <summary>The medal's name.</summary>
    public string Name { get => field ?? ""; init; }

    /// <summary>The medal's description (HTML).</summary>
    public string? Description { get; init; }

    /// <summary>The medal group.</summary>
    public string? Grouping { get; init; }

    /// <summary>The medal's icon.</summary>
    public string? IconUrl { get; init; }

    /// <summary>A hint on how to earn it.</summary>
    public string? Instructions { get; init; }

    /// <summary>The mode it belongs to, if any.</summary>
    public GameMode? Mode { get; init; }

    /// <summary>The order within its group.</summary>
    public int? Ordering { get; init; }

    /// <summary>The slug.</summary>
    public string? Slug { get; init; }
}
