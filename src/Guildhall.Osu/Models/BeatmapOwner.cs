namespace Guildhall.Osu.Models;

/// <summary>A mapper credited with a difficulty.</summary>
public sealed record BeatmapOwner
{
    /// <summary>The user id.</summary>
    public long Id { get; init; }

    /// <summary>The username.</summary>
    public string Username { get => field ?? ""; init; }
}
