using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>The user an event is about.</summary>
[JsonConverter(typeof(WireModelConverter<ActivityEventUser>))]
public sealed partial record ActivityEventUser
{
    /// <summary>The username at the time of the event.</summary>
    public string Username { get => field ?? ""; init; }

    /// <summary>The profile, relative to the site.</summary>
    public string Url { get => field ?? ""; init; }

    /// <summary>The former username (<see cref="ActivityEventType.UsernameChange"/> only).</summary>
    [JsonPropertyName("previousUsername")]
    public string? PreviousUsername { get; init; }
}
