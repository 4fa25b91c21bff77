namespace Guildhall.Osu.Models;

/// <summary>The description of a user group, in both renderings.</summary>
public sealed record UserGroupDescription
{
    /// <summary>The description as HTML.</summary>
    public string? Html { get; init; }

    /// <summary>The description as markdown.</summary>
    public string? Markdown { get; init; }
}
