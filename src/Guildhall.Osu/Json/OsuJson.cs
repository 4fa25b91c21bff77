using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Guildhall.Core.Json;

namespace Guildhall.Osu.Json;

/// <summary>
/// The package's source-generated serializer metadata, for storing or printing osu! models without reflection.
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

    /// <summary>The metadata of an osu! model, for example <c>OsuJson.TypeInfo&lt;User&gt;()</c>.</summary>
    /// <typeparam name="T">A model of <see cref="Models"/>.</typeparam>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not an osu! model.</exception>
    public static JsonTypeInfo<T> TypeInfo<T>() => ApiJson.TypeInfo<T>(OsuJsonContext.Default, "osu!");
}
