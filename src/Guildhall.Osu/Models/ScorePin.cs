using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>Whether the token's owner pinned a score.</summary>
[JsonConverter(typeof(WireModelConverter<ScorePin>))]
public sealed partial record ScorePin
{
    /// <summary>Whether it is pinned.</summary>
    public bool IsPinned { get; init; }

    /// <summary>The score id the pin refers to.</summary>
    public long ScoreId { get; init; }
}
