namespace Guildhall.Sandbox.Polympics.State;

/// <summary>A callback an app registered for one event.</summary>
internal sealed class PolympicsCallback
{
    public required long Id { get; init; }

    public required long AppId { get; init; }

    public required string Event { get; init; }

    public required string Url { get; init; }

    public required string Secret { get; init; }
}
