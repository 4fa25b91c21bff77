using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Guildhall.Core.Json;

/// <summary>
/// How a client package opens its source-generated serializer metadata to applications (to store, print or cache its
/// models without reflection): a public static <c>…Json</c> class whose <c>TypeInfo&lt;T&gt;()</c> reads the package's
/// internal context through this.
/// </summary>
public static class ApiJson
{
    /// <summary>The metadata of one model of <paramref name="context"/>.</summary>
    /// <typeparam name="T">A type the context was generated for.</typeparam>
    /// <param name="context">The package's serializer context.</param>
    /// <param name="apiName">The API's name, for the error.</param>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not one of the package's models.</exception>
    public static JsonTypeInfo<T> TypeInfo<T>(JsonSerializerContext context, string apiName)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
            ?? throw new ArgumentException($"{typeof(T).Name} is not a {apiName} model.", nameof(T));
    }
}
