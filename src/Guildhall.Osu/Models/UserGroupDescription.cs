using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>The description of a user group, in both renderings.</summary>
[JsonConverter(typeof(WireModelConverter<UserGroupDescription>))]
public sealed partial record UserGroupDescription
{
    /// <summary>The description as HTML.</summary>
    public string? Html { get; init; }

    /// <summary>The description as markdown.</summary>
    public string? Markdown { get; init; }
}
