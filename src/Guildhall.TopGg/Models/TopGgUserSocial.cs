using System.Text.Json.Serialization;
using Guildhall.Core.Json;

namespace Guildhall.TopGg.Models;

/// <summary>The social accounts on a Top.gg profile (<c>social</c>); absent ones are <see langword="null"/>.</summary>
public sealed record TopGgUserSocial
{
    /// <summary>The YouTube channel id.</summary>
    [JsonPropertyName("youtube")]
    [JsonConverter(typeof(EmptyStringAsNullConverter))]
    public string? YouTube { get; init; }

    /// <summary>The Reddit username.</summary>
    [JsonPropertyName("reddit")]
    [JsonConverter(typeof(EmptyStringAsNullConverter))]
    public string? Reddit { get; init; }

    /// <summary>The Twitter username.</summary>
    [JsonPropertyName("twitter")]
    [JsonConverter(typeof(EmptyStringAsNullConverter))]
    public string? Twitter { get; init; }

    /// <summary>The Instagram username.</summary>
    [JsonPropertyName("instagram")]
    [JsonConverter(typeof(EmptyStringAsNullConverter))]
    public string? Instagram { get; init; }

    /// <summary>The GitHub username.</summary>
    [JsonPropertyName("github")]
    [JsonConverter(typeof(EmptyStringAsNullConverter))]
    public string? GitHub { get; init; }
}
