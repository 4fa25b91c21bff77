using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A visible moderation event on a user's account (a note, a restriction, a silence, a tournament ban).</summary>
[JsonConverter(typeof(WireModelConverter<UserAccountHistory>))]
public sealed partial record UserAccountHistory
{
    /// <summary>The entry id.</summary>
    public long Id { get; init; }

    /// <summary>The reason given, if public.</summary>
    public string? Description { get; init; }

    /// <summary>The kind: <c>note</c>, <c>restriction</c>, <c>silence</c>, <c>tournament_ban</c>.</summary>
    public string Type { get => field ?? ""; init; }

    /// <summary>When it started.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>Its length in seconds.</summary>
    public long Length { get; init; }

    /// <summary>Whether it is permanent.</summary>
    public bool Permanent { get; init; }
}
