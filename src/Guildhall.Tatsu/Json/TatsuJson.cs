using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Guildhall.Core.Json;

namespace Guildhall.Tatsu.Json;

/// <summary>The package's source-generated serializer metadata, for storing or printing Tatsu models without reflection.</summary>
public static class TatsuJson
{
    /// <summary>The options every Tatsu model is read and written with.</summary>
    public static JsonSerializerOptions Options => TatsuJsonContext.Default.Options;

    /// <summary>The metadata of a Tatsu model, for example <c>TatsuJson.TypeInfo&lt;TatsuUserProfile&gt;()</c>.</summary>
    /// <typeparam name="T">A model of <see cref="Models"/>.</typeparam>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not a Tatsu model.</exception>
    public static JsonTypeInfo<T> TypeInfo<T>() => ApiJson.TypeInfo<T>(TatsuJsonContext.Default, "Tatsu");
}
