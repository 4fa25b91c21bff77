using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.TopGg.Models;

/// <summary>The social accounts on a Top.gg profile (<c>social</c>); absent ones are <see langword="null"/> (or <c>""</c>, as sent).</summary>
[JsonConverter(typeof(WireModelConverter<TopGgUserSocial>))]
public sealed partial record TopGgUserSocial
{
    /// <summary>The YouTube channel id.</summary>
    [JsonPropertyName("youtube")]
    public string? YouTube { get; init; }

    /// <summary>The Reddit username.</summary>
    [JsonPropertyName("reddit")]
    public string? Reddit { get; init; }

    /// <summary>The Twitter username.</summary>
    [JsonPropertyName("twitter")]
    public string? Twitter { get; init; }

    /// <summary>The Instagram username.</summary>
    [JsonPropertyName("instagram")]
    public string? Instagram { get; init; }

    /// <summary>The GitHub username.</summary>
    [JsonPropertyName("github")]
    public string? GitHub { get; init; }
}
