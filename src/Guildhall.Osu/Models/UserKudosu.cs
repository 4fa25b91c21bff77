namespace Guildhall.Osu.Models;

/// <summary>A user's kudosu (modding reputation).</summary>
public sealed record UserKudosu
{
    /// <summary>Kudosu the user can still give away.</summary>
    public int Available { get; init; }

    /// <summary>Kudosu earned in total.</summary>
    public int Total { get; init; }
}
