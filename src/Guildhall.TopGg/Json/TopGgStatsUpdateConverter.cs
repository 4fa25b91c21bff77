using System.Text.Json;
using System.Text.Json.Serialization;
using Guildhall.TopGg.Models;

namespace Guildhall.TopGg.Json;

/// <summary>
/// Writes <see cref="TopGgStatsUpdate"/> by hand because <c>server_count</c> is a number or an array on the wire.
/// </summary>
internal sealed class TopGgStatsUpdateConverter : JsonConverter<TopGgStatsUpdate>
{
    public override TopGgStatsUpdate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Stats updates are only ever sent; GET /bots/{id}/stats reads into TopGgBotStats.");

    public override void Write(Utf8JsonWriter writer, TopGgStatsUpdate value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.ServerCountPerShard is { } perShard)
        {
            WriteLongs(writer, "server_count", perShard);
        }
        else if (value.ServerCount is { } serverCount)
        {
            writer.WriteNumber("server_count", serverCount);
        }

        if (value.Shards is { } shards)
        {
            WriteLongs(writer, "shards", shards);
        }

        // Shard 0 is a real shard: write whatever has a value (topggpy 1.4 dropped shard_id = 0).
        if (value.ShardId is { } shardId)
        {
            writer.WriteNumber("shard_id", shardId);
        }

        if (value.ShardCount is { } shardCount)
        {
            writer.WriteNumber("shard_count", shardCount);
        }

        writer.WriteEndObject();
    }

    private static void WriteLongs(Utf8JsonWriter writer, string name, IReadOnlyList<long> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteNumberValue(value);
        }

        writer.WriteEndArray();
    }
}
