using System.Text.Json;

namespace Guildhall.Core.Json.Wire;

/// <summary>Reads one element of a list; sets <paramref name="inexact"/> when writing it back would not give what was sent.</summary>
/// <typeparam name="T">The element type.</typeparam>
/// <param name="reader">The reader, on the element's first token.</param>
/// <param name="options">The options of the surrounding call.</param>
/// <param name="inexact">Set when the element was sent in another shape than the one it is written in.</param>
public delegate T WireElementReader<T>(ref Utf8JsonReader reader, JsonSerializerOptions options, ref bool inexact);
