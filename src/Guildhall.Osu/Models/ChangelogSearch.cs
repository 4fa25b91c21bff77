using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>The parameters a changelog listing was answered for.</summary>
[JsonConverter(typeof(WireModelConverter<ChangelogSearch>))]
public sealed partial record ChangelogSearch
{
    /// <summary>The stream, if one was asked for.</summary>
    public string? Stream { get; init; }

    /// <summary>The oldest version asked for.</summary>
    public string? From { get; init; }

    /// <summary>The newest version asked for.</summary>
    public string? To { get; init; }

    /// <summary>The highest build id asked for.</summary>
    public long? MaxId { get; init; }

    /// <summary>The builds per listing (21).</summary>
    public int Limit { get; init; }
}
