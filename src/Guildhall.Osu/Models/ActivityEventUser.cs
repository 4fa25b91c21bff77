using System.Text.Json.Serialization;

namespace Guildhall.Osu.Models;

/// <summary>The user an event is about.</summary>
public sealed record ActivityEventUser
{
    /// <summary>The username at the time of the event.</summary>
    public string Username { get => field ?? ""; init; }

    /// <summary>The profile, relative to the site.</summary>
    public string Url { get => field ?? ""; init; }

    /// <summary>The former username (<see cref="ActivityEventType.UsernameChange"/> only).</summary>
    [JsonPropertyName("previousUsername")]
    public string? PreviousUsername { get; init; }
}
