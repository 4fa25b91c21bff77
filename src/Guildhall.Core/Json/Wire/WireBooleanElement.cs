using System.ComponentModel;
using System.Text.Json;

namespace Guildhall.Core.Json.Wire;

/// <summary>A boolean in a list (see <see cref="WireRead.BooleanElement"/>).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct WireBooleanElement : IWireElement<bool>
{
    /// <inheritdoc />
    public bool Read(ref Utf8JsonReader reader, JsonSerializerOptions options, ref bool inexact) => WireRead.BooleanElement(ref reader, options, ref inexact);
}
