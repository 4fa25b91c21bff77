using System.Text.Json.Serialization;
using Guildhall.Core.Json;
using Guildhall.Core.Json.Wire;

namespace Guildhall.TopGg.Models;

/// <summary>A Top.gg user profile (<c>GET /users/{id}</c>, a route the service no longer serves).</summary>
[JsonConverter(typeof(WireModelConverter<TopGgUser>))]
public sealed partial record TopGgUser
{
    /// <summary>The user's Discord id.</summary>
    [JsonPropertyName("id")]
    [JsonConverter(typeof(SnowflakeConverter))]
    public ulong Id { get; init; }

    /// <summary>The user's name.</summary>
    [JsonPropertyName("username")]
    public string? Username { get; init; }

    /// <summary>The Discord discriminator (deprecated by Discord).</summary>
    [JsonPropertyName("discriminator")]
    public string? Discriminator { get; init; }

    /// <summary>The avatar.</summary>
    [JsonPropertyName("avatar")]
    public string? Avatar { get; init; }

    /// <summary>The default avatar hash (<c>defAvatar</c>).</summary>
    [JsonPropertyName("defAvatar")]
    public string? DefaultAvatar { get; init; }

    /// <summary>The profile's biography.</summary>
    [JsonPropertyName("bio")]
    public string? Bio { get; init; }

    /// <summary>The profile banner URL.</summary>
    [JsonPropertyName("banner")]
    public string? Banner { get; init; }

    /// <summary>Linked social accounts; never <see langword="null"/>.</summary>
    [JsonPropertyName("social")]
    public TopGgUserSocial Social { get; init => field = value ?? new(); } = new();

    /// <summary>The profile colour, as the user typed it (not guaranteed to be valid hex).</summary>
    [JsonPropertyName("color")]
    public string? Color { get; init; }

    /// <summary>Whether the user is a Top.gg supporter.</summary>
    [JsonPropertyName("supporter")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool IsSupporter { get; init; }

    /// <summary>Whether the user is a certified developer (<c>certifiedDev</c>).</summary>
    [JsonPropertyName("certifiedDev")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool IsCertifiedDeveloper { get; init; }

    /// <summary>Whether the user is a moderator (<c>mod</c>).</summary>
    [JsonPropertyName("mod")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool IsModerator { get; init; }

    /// <summary>Whether the user is a website moderator (<c>webMod</c>).</summary>
    [JsonPropertyName("webMod")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool IsWebModerator { get; init; }

    /// <summary>Whether the user is an administrator (<c>admin</c>).</summary>
    [JsonPropertyName("admin")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool IsAdministrator { get; init; }
}
