using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A user's profile cover image.</summary>
[JsonConverter(typeof(WireModelConverter<UserCover>))]
public sealed partial record UserCover
{
    /// <summary>The uploaded custom cover, or <see langword="null"/> when the user uses a stock one.</summary>
    public string? CustomUrl { get; init; }

    /// <summary>The cover shown.</summary>
    public string? Url { get; init; }

    /// <summary>The stock cover's id (the API sends it as a string), or <see langword="null"/> for a custom cover.</summary>
    public string? Id { get; init; }
}
