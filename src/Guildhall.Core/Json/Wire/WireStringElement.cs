using System.ComponentModel;
using System.Text.Json;

namespace Guildhall.Core.Json.Wire;

/// <summary>A string in a list (see <see cref="WireRead.StringElement"/>).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct WireStringElement : IWireElement<string>
{
    /// <inheritdoc />
    public string Read(ref Utf8JsonReader reader, JsonSerializerOptions options, ref bool inexact) => WireRead.StringElement(ref reader, options, ref inexact);
}
