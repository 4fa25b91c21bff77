using System.Text.Json.Serialization;

namespace Guildhall.Tatsu.Models;

/// <summary>The body of a points or score change: <c>{"action": 0|1, "amount": 1..100000}</c>.</summary>
public sealed record TatsuChangeRequest
{
    /// <summary>Add or remove, sent as 0 or 1.</summary>
    [JsonPropertyName("action")]
    public TatsuChangeAction Action { get; init; }

    /// <summary>How much, always positive (1 to 100,000): the direction is <see cref="Action"/>.</summary>
    [JsonPropertyName("amount")]
    public int Amount { get; init; }
}
