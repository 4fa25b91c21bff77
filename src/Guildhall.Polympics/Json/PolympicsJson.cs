using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Guildhall.Core.Json;

namespace Guildhall.Polympics.Json;

/// <summary>The package's source-generated serializer metadata, for storing or printing Polympics models without reflection.</summary>
public static class PolympicsJson
{
    /// <summary>The options every Polympics model is read and written with.</summary>
    public static JsonSerializerOptions Options => PolympicsJsonContext.Default.Options;

    /// <summary>The metadata of a Polympics model, for example <c>PolympicsJson.TypeInfo&lt;PolympicsAccount&gt;()</c>.</summary>
    /// <typeparam name="T">A model of <see cref="Models"/>.</typeparam>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not a Polympics model.</exception>
    public static JsonTypeInfo<T> TypeInfo<T>() => ApiJson.TypeInfo<T>(PolympicsJsonContext.Default, "Polympics");
}
