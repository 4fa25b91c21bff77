using System.Text.Json;

namespace Guildhall.Core.Json.Wire;

/// <summary>Writes one element of a list.</summary>
/// <typeparam name="T">The element type.</typeparam>
/// <param name="writer">The writer.</param>
/// <param name="value">The element.</param>
/// <param name="options">The options of the surrounding call.</param>
public delegate void WireElementWriter<T>(Utf8JsonWriter writer, T value, JsonSerializerOptions options);
