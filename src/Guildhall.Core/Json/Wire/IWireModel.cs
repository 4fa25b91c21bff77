using System.Text.Json;

namespace Guildhall.Core.Json.Wire;

/// <summary>
/// A response model that reads and writes its own JSON without loss: members it does not declare are kept in its
/// extension data, and members whose value it reads in another shape (a date's format, a number sent as a string, a
/// <see langword="null"/>) are written back as they were sent. The members are generated from the model's
/// declaration; models name <see cref="WireModelConverter{T}"/> as their converter.
/// </summary>
/// <typeparam name="TSelf">The model.</typeparam>
public interface IWireModel<TSelf>
    where TSelf : class, IWireModel<TSelf>
{
    /// <summary>Reads the model from the object at the reader's position (a <see cref="JsonTokenType.StartObject"/>).</summary>
    /// <param name="reader">The reader, on the object's first token; left on its last.</param>
    /// <param name="options">The options of the surrounding call.</param>
    static abstract TSelf ReadWire(ref Utf8JsonReader reader, JsonSerializerOptions options);

    /// <summary>Writes the model as one JSON object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The model.</param>
    /// <param name="options">The options of the surrounding call.</param>
    static abstract void WriteWire(Utf8JsonWriter writer, TSelf value, JsonSerializerOptions options);
}
