namespace Guildhall.Sandbox.Polympics.State;

/// <summary>A stored app credential (<c>A&lt;id&gt;</c>). App tokens never expire.</summary>
internal sealed class PolympicsApp
{
    public required long Id { get; init; }

    public required string Name { get; init; }

    public required string Token { get; set; }

    public required long Permissions { get; init; }

    public string Username => $"A{Id}";
}
