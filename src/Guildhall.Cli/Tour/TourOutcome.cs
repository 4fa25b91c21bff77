namespace Guildhall.Cli.Tour;

/// <summary>How one step of the tour ended.</summary>
internal enum TourOutcome
{
    /// <summary>It worked, untouched by faults.</summary>
    Ok,

    /// <summary>It worked although the fault profile spoiled some of its requests: the client repeated what is safe to repeat.</summary>
    Recovered,

    /// <summary>It failed with a typed error, in a section where the fault profile injected faults.</summary>
    FailedTyped,

    /// <summary>It failed in a way no fault explains.</summary>
    Failed,
}
