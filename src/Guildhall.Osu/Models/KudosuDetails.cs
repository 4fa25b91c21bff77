namespace Guildhall.Osu.Models;

/// <summary>Details of a kudosu change.</summary>
public sealed record KudosuDetails
{
    /// <summary>The event behind it, for example <c>vote</c>.</summary>
    public string? Event { get; init; }
}
