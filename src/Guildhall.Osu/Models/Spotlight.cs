using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A spotlight (a themed ranking over a set of beatmaps).</summary>
[JsonConverter(typeof(WireModelConverter<Spotlight>))]
public sealed partial record Spotlight
{
    /// <summary>The spotlight id.</summary>
    public long Id { get; init; }

    /// <summary>The name.</summary>
    public string Name { get => field ?? ""; init; }

    /// <summary>The kind: <c>monthly</c>, <c>spotlight</c>, <c>theme</c>, <c>special</c>, <c>bestof</c>.</summary>
    public string Type { get => field ?? ""; init; }

    /// <summary>When it starts.</summary>
    public DateTimeOffset StartDate { get; init; }

    /// <summary>When it ends.</summary>
    public DateTimeOffset EndDate { get; init; }

    /// <summary>Whether each mode has its own ranking.</summary>
    public bool ModeSpecific { get; init; }

    /// <summary>Players who took part, where sent.</summary>
    public int? ParticipantCount { get; init; }
}
