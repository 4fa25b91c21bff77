using System.Text.Json;
using System.Text.Json.Serialization;
using Guildhall.Core.Json;

namespace Guildhall.Tatsu.Models;

/// <summary>What every answer about one guild member carries: the guild, the member, and the raw JSON.</summary>
public abstract record TatsuGuildMemberResult : IKeepsRawJson
{
    private RawJson? _raw;

    /// <summary>The guild's id.</summary>
    [JsonPropertyName("guild_id")]
    [JsonRequired]
    [JsonConverter(typeof(SnowflakeConverter))]
    public ulong GuildId { get; init; }

    /// <summary>The member's user id.</summary>
    [JsonPropertyName("user_id")]
    [JsonRequired]
    [JsonConverter(typeof(SnowflakeConverter))]
    public ulong UserId { get; init; }

    /// <summary>The answer exactly as the API sent it, including fields this library does not model yet; undefined on instances not read from the API.</summary>
    [JsonIgnore]
    public JsonElement Raw
    {
        get => _raw?.Element ?? default;
        init => _raw = RawJson.FromElement(value);
    }

    void IKeepsRawJson.KeepRaw(RawJson raw) => _raw = raw;
}
