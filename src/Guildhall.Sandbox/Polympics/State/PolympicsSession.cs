namespace Guildhall.Sandbox.Polympics.State;

/// <summary>A stored user session (<c>S&lt;id&gt;</c>) for one account.</summary>
internal sealed class PolympicsSession
{
    public required long Id { get; init; }

    public required long AccountId { get; init; }

    public required string Token { get; set; }

    public required DateTimeOffset ExpiresAt { get; set; }

    public string Username => $"S{Id}";
}
