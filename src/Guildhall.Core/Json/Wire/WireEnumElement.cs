using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Guildhall.Core.Json.Wire;

/// <summary>An enum in a list (see <see cref="WireRead.EnumElement{TEnum}"/>).</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct WireEnumElement<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum> : IWireElement<TEnum>
    where TEnum : struct, Enum
{
    /// <inheritdoc />
    public TEnum Read(ref Utf8JsonReader reader, JsonSerializerOptions options, ref bool inexact) => WireRead.EnumElement<TEnum>(ref reader, options, ref inexact);
}
