using System.Text.Json;
using System.Text.Json.Serialization;
using Guildhall.Core.Json;
using Guildhall.Core.Json.Wire;
using Guildhall.Tatsu.Json;

namespace Guildhall.Tatsu.Models;

/// <summary>A user's Tatsu profile (<c>GET /users/{user_id}/profile</c>), as the profile card shows it.</summary>
[JsonConverter(typeof(WireModelConverter<TatsuUserProfile>))]
public sealed partial record TatsuUserProfile : IKeepsRawJson
{
    private RawJson? _raw;

    /// <summary>The user's Discord id (the wire field <c>id</c>, a string).</summary>
    [JsonPropertyName("id")]
    [JsonRequired]
    [JsonConverter(typeof(SnowflakeConverter))]
    public ulong UserId { get; init; }

    /// <summary>The Discord username.</summary>
    [JsonPropertyName("username")]
    public string Username { get; init => field = value ?? ""; } = "";

    /// <summary>The Discord discriminator; <c>"0"</c> for users on the new username system, or null when absent.</summary>
    [JsonPropertyName("discriminator")]
    public string? Discriminator { get; init; }

    /// <summary>The avatar hash, or null (or <c>""</c>, as sent) when the user has none.</summary>
    [JsonPropertyName("avatar_hash")]
    public string? AvatarHash { get; init; }

    /// <summary>The avatar's address on Discord's CDN, or null (or <c></c>, as sent).</summary>
    [JsonPropertyName("avatar_url")]
    public string? AvatarUrl { get; init; }

    /// <summary>The user's Tatsu credits.</summary>
    [JsonPropertyName("credits")]
    public ulong Credits { get; init; }

    /// <summary>The text of the profile's info box as sent (<c>""</c> when empty).</summary>
    [JsonPropertyName("info_box")]
    public string? InfoBox { get; init; }

    /// <summary>The reputation points the user has received.</summary>
    [JsonPropertyName("reputation")]
    public ulong Reputation { get; init; }

    /// <summary>The supporter tier; <see cref="TatsuSubscriptionType.Unknown"/> for a tier added after this library.</summary>
    [JsonPropertyName("subscription_type")]
    [JsonConverter(typeof(TatsuNumericEnumConverter<TatsuSubscriptionType>))]
    public TatsuSubscriptionType SubscriptionType { get; init; }

    /// <summary>
    /// When the subscription renews, or null for non-supporters. Tatsu sends non-supporters a year-zero date
    /// (<c>0001-01-01T00:00:00Z</c>), an empty string or no field at all; all of them read as null.
    /// </summary>
    [JsonPropertyName("subscription_renewal")]
    [JsonConverter(typeof(NullableFlexibleDateTimeOffsetConverter))]
    public DateTimeOffset? SubscriptionRenewal { get; init; }

    /// <summary>The title on the profile card as sent (<c>""</c> when empty).</summary>
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>The user's Tatsu tokens.</summary>
    [JsonPropertyName("tokens")]
    public ulong Tokens { get; init; }

    /// <summary>The user's global experience.</summary>
    [JsonPropertyName("xp")]
    public ulong Xp { get; init; }

    /// <summary>
    /// The profile exactly as the API sent it, including fields this library does not model yet. Undefined
    /// (<see cref="JsonValueKind.Undefined"/>) on instances not read from the API.
    /// </summary>
    [JsonIgnore]
    public JsonElement Raw
    {
        get => _raw?.Element ?? default;
        init => _raw = RawJson.FromElement(value);
    }

    void IKeepsRawJson.KeepRaw(RawJson raw) => _raw = raw;
}
