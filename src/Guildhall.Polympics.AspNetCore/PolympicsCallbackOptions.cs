namespace Guildhall.Polympics.AspNetCore;

/// <summary>Settings of the endpoint <see cref="PolympicsCallbackEndpoints.MapPolympicsCallbacks"/> maps.</summary>
public sealed class PolympicsCallbackOptions
{
    /// <summary>The default of <see cref="MaxBodyBytes"/>: 1 MiB, far above any account the server sends.</summary>
    public const int DefaultMaxBodyBytes = 1024 * 1024;

    /// <summary>The secret given when the callback was registered; required. Never logged.</summary>
    public string Secret { get; set; } = "";

    /// <summary>Runs for each verified <c>account_team_update</c> event; required.</summary>
    public Func<PolympicsAccountTeamUpdateContext, ValueTask>? OnAccountTeamUpdate { get; set; }

    /// <summary>The largest body read; a larger one gets 413 without being read. Default <see cref="DefaultMaxBodyBytes"/>.</summary>
    public int MaxBodyBytes { get; set; } = DefaultMaxBodyBytes;

    internal void Validate()
    {
        if (string.IsNullOrEmpty(Secret))
        {
            throw new ArgumentException("The callback secret is required: the endpoint accepts only calls that carry it.", nameof(Secret));
        }

        if (OnAccountTeamUpdate is null)
        {
            throw new ArgumentException("Set OnAccountTeamUpdate to receive the events.", nameof(OnAccountTeamUpdate));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxBodyBytes);
    }

    /// <summary>Never shows the secret.</summary>
    public override string ToString() => $"PolympicsCallbackOptions {{ Secret = (redacted), MaxBodyBytes = {MaxBodyBytes} }}";
}
