namespace Guildhall.Sandbox.Polympics.State;

/// <summary>A stored account. The server keeps Discord ids in a signed 64-bit column.</summary>
internal sealed class PolympicsAccount
{
    public required long Id { get; init; }

    public required string Name { get; set; }

    public required string Discriminator { get; set; }

    public string? AvatarUrl { get; set; }

    public long? TeamId { get; set; }

    public long Permissions { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>A detached copy, so a request can change it and be dropped if a later check fails.</summary>
    public PolympicsAccount Clone() => (PolympicsAccount)MemberwiseClone();
}
