using Guildhall.Polympics.Models;

namespace Guildhall.Polympics.Callbacks;

/// <summary>The wire names of <see cref="PolympicsEventType"/>.</summary>
public static class PolympicsEventNames
{
    /// <summary>The name of <see cref="PolympicsEventType.AccountTeamUpdate"/>.</summary>
    public const string AccountTeamUpdate = "account_team_update";

    /// <summary>The wire name of an event.</summary>
    /// <param name="eventType">A known event.</param>
    /// <exception cref="ArgumentOutOfRangeException">The event is <see cref="PolympicsEventType.Unknown"/> or undefined.</exception>
    public static string ToWire(PolympicsEventType eventType) => eventType switch
    {
        PolympicsEventType.AccountTeamUpdate => AccountTeamUpdate,
        _ => throw new ArgumentOutOfRangeException(nameof(eventType), eventType, "Not an event the server knows."),
    };

    /// <summary>The event a wire name stands for; <see cref="PolympicsEventType.Unknown"/> for names this version does not know.</summary>
    /// <param name="name">The wire name.</param>
    public static PolympicsEventType Parse(string? name) =>
        name == AccountTeamUpdate ? PolympicsEventType.AccountTeamUpdate : PolympicsEventType.Unknown;
}
