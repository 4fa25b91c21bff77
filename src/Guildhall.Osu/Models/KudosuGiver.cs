namespace Guildhall.Osu.Models;

/// <summary>Who gave kudosu.</summary>
public sealed record KudosuGiver
{
    /// <summary>The giver's profile.</summary>
    public string Url { get => field ?? ""; init; }

    /// <summary>The giver's username.</summary>
    public string Username { get => field ?? ""; init; }
}
