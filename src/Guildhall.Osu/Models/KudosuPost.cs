using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>The post kudosu was given for.</summary>
[JsonConverter(typeof(WireModelConverter<KudosuPost>))]
public sealed partial record KudosuPost
{
    /// <summary>The post, or <see langword="null"/> if it was deleted.</summary>
    public string? Url { get; init; }

    /// <summary>Its title (<c>[deleted beatmap]</c> when gone).</summary>
    public string Title { get => field ?? ""; init; }
}
