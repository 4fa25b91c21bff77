namespace Guildhall.Sandbox.Polympics.State;

/// <summary>A stored team.</summary>
internal sealed class PolympicsTeam
{
    public required long Id { get; init; }

    public required string Name { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }
}
