using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;
using Guildhall.Tatsu.Json;

namespace Guildhall.Tatsu.Models;

/// <summary>One price of a store listing.</summary>
[JsonConverter(typeof(WireModelConverter<TatsuStorePrice>))]
public sealed partial record TatsuStorePrice
{
    /// <summary>The currency; <see cref="TatsuStoreCurrency.Unknown"/> for one added after this library.</summary>
    [JsonPropertyName("currency")]
    [JsonConverter(typeof(TatsuNumericEnumConverter<TatsuStoreCurrency>))]
    public TatsuStoreCurrency Currency { get; init; }

    /// <summary>The amount in that currency (fractional for <see cref="TatsuStoreCurrency.Usd"/>).</summary>
    [JsonPropertyName("amount")]
    public decimal Amount { get; init; }
}
