namespace Guildhall.Osu.Queries;

/// <summary>A poll to open a forum topic with (<see cref="OsuForumClient.CreateTopicAsync"/>).</summary>
public sealed record NewForumPoll
{
    /// <summary>The question. Required.</summary>
    public required string Title { get; init; }

    /// <summary>The choices, at least two; each on one line (the API receives them joined by newlines). Required.</summary>
    public required IReadOnlyList<string> Options { get; init; }

    /// <summary>How many days the poll runs; <see langword="null"/> or 0 for no end. Default none.</summary>
    public int? LengthDays { get; init; }

    /// <summary>How many choices a voter may pick (at least 1, at most the number of options). Default 1.</summary>
    public int MaxOptions { get; init; } = 1;

    /// <summary>Whether voters may change their vote. Default no.</summary>
    public bool AllowVoteChange { get; init; }

    /// <summary>Whether results stay hidden until the poll ends. Default no.</summary>
    public bool HideResults { get; init; }

    /// <summary>Checks the poll before anything is sent.</summary>
    /// <exception cref="ArgumentException">A value is missing or out of range.</exception>
    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Title, nameof(Title));
        ArgumentNullException.ThrowIfNull(Options, nameof(Options));
        if (Options.Count < 2 || Options.Any(string.IsNullOrWhiteSpace) || Options.Any(o => o.Contains('\n', StringComparison.Ordinal)))
        {
            throw new ArgumentException("A poll needs at least two non-empty options, each on one line.", nameof(Options));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(MaxOptions, 1, nameof(MaxOptions));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxOptions, Options.Count, nameof(MaxOptions));
        if (LengthDays is { } days)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(days, nameof(LengthDays));
        }
    }
}
