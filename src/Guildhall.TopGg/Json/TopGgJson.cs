using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Guildhall.Core.Json;

namespace Guildhall.TopGg.Json;

/// <summary>The package's source-generated serializer metadata, for storing or printing Top.gg models without reflection.</summary>
public static class TopGgJson
{
    /// <summary>The options every Top.gg model is read and written with.</summary>
    public static JsonSerializerOptions Options => TopGgJsonContext.Default.Options;

    /// <summary>The metadata of a Top.gg model, for example <c>TopGgJson.TypeInfo&lt;TopGgBot&gt;()</c>.</summary>
    /// <typeparam name="T">A model of <see cref="Models"/>.</typeparam>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not a Top.gg model.</exception>
    public static JsonTypeInfo<T> TypeInfo<T>() => ApiJson.TypeInfo<T>(TopGgJsonContext.Default, "Top.gg");
}
