using System.ComponentModel;
using System.Text.Json;

namespace Guildhall.Core.Json.Wire;

/// <summary>A model in a list (see <see cref="WireRead.ModelElement{T}"/>).</summary>
/// <typeparam name="T">The element type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct WireModelElement<T> : IWireElement<T>
    where T : class, IWireModel<T>
{
    /// <inheritdoc />
    public T Read(ref Utf8JsonReader reader, JsonSerializerOptions options, ref bool inexact) => WireRead.ModelElement<T>(ref reader, options, ref inexact);
}
