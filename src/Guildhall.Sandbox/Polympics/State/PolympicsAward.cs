namespace Guildhall.Sandbox.Polympics.State;

/// <summary>A stored award and the accounts that hold it, in the order they were given it.</summary>
internal sealed class PolympicsAward
{
    public required long Id { get; init; }

    public required string Title { get; set; }

    public required string ImageUrl { get; set; }

    public long? TeamId { get; set; }

    public List<long> Awardees { get; } = [];
}
