namespace Guildhall.Cli.Tour;

/// <summary>How many steps ended in each <see cref="TourOutcome"/>.</summary>
internal sealed class TourTally
{
    public int Ok { get; private set; }

    public int Recovered { get; private set; }

    public int FailedTyped { get; private set; }

    public int Failed { get; private set; }

    public int Steps => Ok + Recovered + FailedTyped + Failed;

    public void Add(TourOutcome outcome)
    {
        switch (outcome)
        {
            case TourOutcome.Ok:
                Ok++;
                break;
            case TourOutcome.Recovered:
                Recovered++;
                break;
            case TourOutcome.FailedTyped:
                FailedTyped++;
                break;
            default:
                Failed++;
                break;
        }
    }

    /// <summary>For example <c>5 ok, 2 recovered, 1 failed with a typed error, 0 failed</c>.</summary>
    public override string ToString() =>
        $"{Ok} ok, {Recovered} recovered, {FailedTyped} failed with a typed error, {Failed} failed";
}
