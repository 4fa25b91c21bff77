using System.ComponentModel;
using System.Text.Json;

namespace Guildhall.Core.Json.Wire;

/// <summary>
/// Reads one element of a list. The generated readers pass one of the element structs (<see cref="WireModelElement{T}"/>,
/// <see cref="WireNumberElement{T}"/>, ...) as a type argument, so the list loop is compiled for its element kind and
/// calls the element reader directly instead of through a delegate.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IWireElement<T>
{
    /// <summary>Reads the element at the reader's position.</summary>
    /// <param name="reader">The reader, on the element's first token; left on its last.</param>
    /// <param name="options">The options of the surrounding call.</param>
    /// <param name="inexact">Set when the element was sent in another shape than the one it is written in.</param>
    /// <returns>The element.</returns>
    T Read(ref Utf8JsonReader reader, JsonSerializerOptions options, ref bool inexact);
}
