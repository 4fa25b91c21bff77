using System.Text.Json;
using System.Text.Json.Serialization;

namespace Guildhall.Core.Json.Wire;

/// <summary>The converter every <see cref="IWireModel{TSelf}"/> names: it hands reading and writing to the model's generated members.</summary>
/// <typeparam name="T">The model.</typeparam>
public sealed class WireModelConverter<T> : JsonConverter<T>
    where T : class, IWireModel<T>
{
    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.StartObject
            ? T.ReadWire(ref reader, options)
            : throw new JsonException($"Expected an object for {typeof(T).Name} but found {reader.TokenType}.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        T.WriteWire(writer, value, options);
    }
}
