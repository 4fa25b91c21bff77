using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Guildhall.TopGg.Json;

/// <summary>A list Top.gg may send as <c>null</c> (or leave out): both read as an empty list, so models never hold null collections.</summary>
/// <typeparam name="T">The element type; <c>List&lt;T&gt;</c> must be registered in <see cref="TopGgJsonContext"/>.</typeparam>
internal sealed class NullAsEmptyListConverter<T> : JsonConverter<IReadOnlyList<T>>
{
    public override bool HandleNull => true;

    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return [];
        }

        var typeInfo = (JsonTypeInfo<List<T>>)options.GetTypeInfo(typeof(List<T>));
        return JsonSerializer.Deserialize(ref reader, typeInfo) ?? [];
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
    {
        var typeInfo = (JsonTypeInfo<List<T>>)options.GetTypeInfo(typeof(List<T>));
        JsonSerializer.Serialize(writer, value as List<T> ?? [.. value ?? []], typeInfo);
    }
}
