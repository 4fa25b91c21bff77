using System.ComponentModel;
using System.Numerics;
using System.Text.Json;

namespace Guildhall.Core.Json.Wire;

/// <summary>A number in a list (see <see cref="WireRead.NumberElement{T}"/>).</summary>
/// <typeparam name="T">The element type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct WireNumberElement<T> : IWireElement<T>
    where T : struct, INumber<T>
{
    /// <inheritdoc />
    public T Read(ref Utf8JsonReader reader, JsonSerializerOptions options, ref bool inexact) => WireRead.NumberElement<T>(ref reader, options, ref inexact);
}
