namespace Guildhall.Osu.Models;

/// <summary>A user's "me!" page.</summary>
public sealed record UserPage
{
    /// <summary>The page rendered as HTML.</summary>
    public string Html { get => field ?? ""; init; }

    /// <summary>The page's BBCode source.</summary>
    public string Raw { get => field ?? ""; init; }
}
