namespace Guildhall.Osu.Queries;

/// <summary>Options of a user's score list.</summary>
public sealed record UserScoresQuery
{
    /// <summary>The mode; <see langword="null"/> means the user's main mode.</summary>
    public Models.GameMode? Mode { get; init; }

    /// <summary>Scores per request (1 to 100). Default 100.</summary>
    public int PageSize { get; init; } = 100;

    /// <summary>Where the list starts (0 = the first score). Default 0.</summary>
    public int Offset { get; init; }

    /// <summary>Whether recent scores include failed plays (<see cref="UserScoreType.Recent"/> only). Default no.</summary>
    public bool IncludeFails { get; init; }

    /// <summary>Whether only scores set on stable count. Default no.</summary>
    public bool LegacyOnly { get; init; }

    /// <summary>The score format; <see langword="null"/> uses <see cref="OsuClientOptions.ScoreFormat"/>.</summary>
    public OsuScoreFormat? Format { get; init; }
}
