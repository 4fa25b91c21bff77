namespace Guildhall.Cli.Tour;

/// <summary>One API's part of the tour.</summary>
internal interface ITourSection
{
    /// <summary>The heading printed above the section's steps.</summary>
    string Title { get; }

    /// <summary>Runs the section's steps through <see cref="TourContext.StepAsync"/>.</summary>
    Task RunAsync(TourContext context, CancellationToken cancellationToken);
}
