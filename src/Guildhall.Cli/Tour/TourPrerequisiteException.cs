namespace Guildhall.Cli.Tour;

/// <summary>
/// A step could not run because an earlier step failed to give it what it needs (a session, a token). It counts as
/// explained by a fault profile when the failure before it was.
/// </summary>
internal sealed class TourPrerequisiteException : Exception
{
    public TourPrerequisiteException()
    {
    }

    public TourPrerequisiteException(string message)
        : base(message)
    {
    }

    public TourPrerequisiteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
