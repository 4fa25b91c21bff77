using System.Text.Json;
using System.Text.Json.Serialization;
using Guildhall.Core.Json;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Tatsu.Models;

/// <summary>An item of the Tatsu store (<c>GET /store/listings/{listing_id}</c>).</summary>
[JsonConverter(typeof(WireModelConverter<TatsuStoreListing>))]
public sealed partial record TatsuStoreListing : IKeepsRawJson
{
    private RawJson? _raw;

    private readonly IReadOnlyList<TatsuStorePrice> _prices = [];
    private readonly IReadOnlyList<string> _categories = [];
    private readonly IReadOnlyList<string> _tags = [];

    /// <summary>The listing's id, for example <c>furni_1x1_antique_chair</c>.</summary>
    [JsonPropertyName("id")]
    [JsonRequired]
    public string Id { get; init => field = value ?? ""; } = "";

    /// <summary>The listing's display name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init => field = value ?? ""; } = "";

    /// <summary>A one-line summary.</summary>
    [JsonPropertyName("summary")]
    public string Summary { get; init => field = value ?? ""; } = "";

    /// <summary>The full description.</summary>
    [JsonPropertyName("description")]
    public string Description { get; init => field = value ?? ""; } = "";

    /// <summary>Whether the store marks the listing as new (the wire field <c>new</c>).</summary>
    [JsonPropertyName("new")]
    public bool IsNew { get; init; }

    /// <summary>The address of a preview image, or null (or <c>""</c>, as sent) when the listing has none.</summary>
    [JsonPropertyName("preview")]
    public string? Preview { get; init; }

    /// <summary>The prices, empty when the API sends none.</summary>
    [JsonPropertyName("prices")]
    public IReadOnlyList<TatsuStorePrice> Prices
    {
        get => _prices;
        init => _prices = value ?? [];
    }

    /// <summary>The store categories, empty when the API sends none.</summary>
    [JsonPropertyName("categories")]
    public IReadOnlyList<string> Categories
    {
        get => _categories;
        init => _categories = value ?? [];
    }

    /// <summary>The search tags, empty when the API sends none.</summary>
    [JsonPropertyName("tags")]
    public IReadOnlyList<string> Tags
    {
        get => _tags;
        init => _tags = value ?? [];
    }

    /// <summary>The listing exactly as the API sent it; undefined on instances not read from the API.</summary>
    [JsonIgnore]
    public JsonElement Raw
    {
        get => _raw?.Element ?? default;
        init => _raw = RawJson.FromElement(value);
    }

    void IKeepsRawJson.KeepRaw(RawJson raw) => _raw = raw;
}
