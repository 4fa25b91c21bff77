namespace Guildhall.TopGg.Autopost;

/// <summary>The autoposter's health at one moment, for health checks and dashboards.</summary>
public sealed record TopGgAutopostStatus
{
    /// <summary>Whether the loop is running.</summary>
    public bool IsRunning { get; init; }

    /// <summary>When stats were last posted, or <see langword="null"/> if never.</summary>
    public DateTimeOffset? LastSuccessAt { get; init; }

    /// <summary>When a cycle last failed, or <see langword="null"/> if never.</summary>
    public DateTimeOffset? LastFailureAt { get; init; }

    /// <summary>The last failure, or <see langword="null"/> after a success.</summary>
    public Exception? LastError { get; init; }

    /// <summary>How many cycles in a row have failed.</summary>
    public int ConsecutiveFailures { get; init; }

    /// <summary>When the next cycle is due, or <see langword="null"/> when stopped.</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }
}
