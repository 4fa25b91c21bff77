using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Guildhall.Osu.Json;

/// <summary>
/// The serializer settings of the osu! package, from the source-generated context. Use <see cref="TypeInfo{T}"/> to
/// read or write osu! models yourself.
/// </summary>
/// <remarks>
/// Models declare never-null members as <c>{ get => field ?? []; init; }</c>: the source generator sets init-only
/// members through an object initializer and passes <c>null</c> for members the JSON lacks (or sends as <c>null</c>),
/// which would overwrite an ordinary <c>= []</c> initializer.
/// </remarks>
public static class OsuJson
{
    /// <summary>The options every osu! model is read and written with.</summary>
    public static JsonSerializerOptions Options => OsuJsonContext.Default.Options;

    /// <summary>The metadata for one model type.</summary>
    /// <typeparam name="T">A type registered in the package's serializer context.</typeparam>
    public static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));
}
