using System.Text.Json.Serialization;
using Guildhall.Core.Json;
using Guildhall.Core.Json.Wire;
using Guildhall.TopGg.Json;

namespace Guildhall.TopGg.Models;

/// <summary>
/// A bot listed on Top.gg, as v0 sends it (<c>GET /bots/{id}</c>, <c>GET /bots</c>). Field names follow the wire, which
/// mixes camelCase and snake_case; text is kept as sent (<c>""</c> stays <c>""</c>). When a search selects fields, the others
/// keep their defaults.
/// </summary>
[JsonConverter(typeof(WireModelConverter<TopGgBot>))]
public sealed partial record TopGgBot
{
    /// <summary>The bot's Top.gg id (<c>id</c>); 0 only when a search's field selection left it out.</summary>
    [JsonPropertyName("id")]
    [JsonConverter(typeof(SnowflakeConverter))]
    public ulong Id { get; init; }

    /// <summary>The bot's Discord application id (<c>clientid</c>).</summary>
    [JsonPropertyName("clientid")]
    [JsonConverter(typeof(NullableSnowflakeConverter))]
    public ulong? ClientId { get; init; }

    /// <summary>The bot's name.</summary>
    [JsonPropertyName("username")]
    public string? Username { get; init; }

    /// <summary>The Discord discriminator (deprecated by Discord; usually <c>0</c>).</summary>
    [JsonPropertyName("discriminator")]
    public string? Discriminator { get; init; }

    /// <summary>The avatar: a full CDN URL today (older bots: a Discord avatar hash).</summary>
    [JsonPropertyName("avatar")]
    public string? Avatar { get; init; }

    /// <summary>The default avatar hash (<c>defAvatar</c>; deprecated).</summary>
    [JsonPropertyName("defAvatar")]
    public string? DefaultAvatar { get; init; }

    /// <summary>The library the bot says it uses (<c>lib</c>; deprecated, usually absent).</summary>
    [JsonPropertyName("lib")]
    public string? Library { get; init; }

    /// <summary>The command prefix.</summary>
    [JsonPropertyName("prefix")]
    public string? Prefix { get; init; }

    /// <summary>The short description (<c>shortdesc</c>).</summary>
    [JsonPropertyName("shortdesc")]
    public string? ShortDescription { get; init; }

    /// <summary>The long description, HTML or Markdown (<c>longdesc</c>).</summary>
    [JsonPropertyName("longdesc")]
    public string? LongDescription { get; init; }

    /// <summary>The bot's tags.</summary>
    [JsonPropertyName("tags")]
    [JsonConverter(typeof(NullAsEmptyListConverter<string>))]
    public IReadOnlyList<string> Tags { get; init => field = value ?? []; } = [];

    /// <summary>The bot's website.</summary>
    [JsonPropertyName("website")]
    public string? Website { get; init; }

    /// <summary>The support server: a URL today (older bots: an invite code).</summary>
    [JsonPropertyName("support")]
    public string? Support { get; init; }

    /// <summary>The bot's GitHub repository.</summary>
    [JsonPropertyName("github")]
    public string? GitHub { get; init; }

    /// <summary>The owners' Discord ids; the first is the main owner.</summary>
    [JsonPropertyName("owners")]
    [JsonConverter(typeof(SnowflakeListConverter))]
    public IReadOnlyList<ulong> Owners { get; init => field = value ?? []; } = [];

    /// <summary>Featured guild ids (deprecated).</summary>
    [JsonPropertyName("guilds")]
    [JsonConverter(typeof(SnowflakeListConverter))]
    public IReadOnlyList<ulong> Guilds { get; init => field = value ?? []; } = [];

    /// <summary>The custom invite URL.</summary>
    [JsonPropertyName("invite")]
    public string? Invite { get; init; }

    /// <summary>When the bot was submitted to Top.gg (<c>date</c>).</summary>
    [JsonPropertyName("date")]
    [JsonConverter(typeof(NullableFlexibleDateTimeOffsetConverter))]
    public DateTimeOffset? SubmittedAt { get; init; }

    /// <summary>The last posted server count, if stats were ever posted.</summary>
    [JsonPropertyName("server_count")]
    public long? ServerCount { get; init; }

    /// <summary>The last posted shard count (deprecated).</summary>
    [JsonPropertyName("shard_count")]
    public int? ShardCount { get; init; }

    /// <summary>The last posted per-shard server counts.</summary>
    [JsonPropertyName("shards")]
    [JsonConverter(typeof(NullAsEmptyListConverter<long>))]
    public IReadOnlyList<long> Shards { get; init => field = value ?? []; } = [];

    /// <summary>Whether the bot is certified (<c>certifiedBot</c>; deprecated).</summary>
    [JsonPropertyName("certifiedBot")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool IsCertified { get; init; }

    /// <summary>The vanity URL slug.</summary>
    [JsonPropertyName("vanity")]
    public string? Vanity { get; init; }

    /// <summary>All-time votes (<c>points</c>).</summary>
    [JsonPropertyName("points")]
    public long Points { get; init; }

    /// <summary>Votes this month (<c>monthlyPoints</c>).</summary>
    [JsonPropertyName("monthlyPoints")]
    public long MonthlyPoints { get; init; }

    /// <summary>The guild id for donatebot.io (<c>donatebotguildid</c>; deprecated).</summary>
    [JsonPropertyName("donatebotguildid")]
    [JsonConverter(typeof(NullableSnowflakeConverter))]
    public ulong? DonateBotGuildId { get; init; }

    /// <summary>The review summary; never <see langword="null"/>.</summary>
    [JsonPropertyName("reviews")]
    public TopGgBotReviews Reviews { get; init => field = value ?? new(); } = new();
}
