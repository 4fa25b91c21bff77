using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Polympics.Models;

/// <summary>A callback an app registered (<c>Callback</c>). The secret is never returned by the server.</summary>
[JsonConverter(typeof(WireModelConverter<PolympicsCallback>))]
public sealed partial record PolympicsCallback
{
    /// <summary>The callback's id; registering again replaces the callback with a new id.</summary>
    [System.Text.Json.Serialization.JsonRequired]
    public int Id { get; init; }

    /// <summary>The event.</summary>
    public PolympicsEventType Event { get; init; }

    /// <summary>Where the server posts the event.</summary>
    public Uri? Url { get; init; }
}
