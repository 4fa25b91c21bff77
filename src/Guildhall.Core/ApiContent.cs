using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Guildhall.Core;

/// <summary>Body factories for <see cref="ApiRequest.Content"/>: the value is serialized once, the content re-created per attempt.</summary>
public static class ApiContent
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    /// <summary>A JSON body serialized with source-generated metadata.</summary>
    /// <typeparam name="T">The body's type.</typeparam>
    /// <param name="value">The body.</param>
    /// <param name="typeInfo">The serializer metadata from the package's <c>JsonSerializerContext</c>.</param>
    public static Func<HttpContent> Json<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
        return () =>
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = JsonMediaType;
            return content;
        };
    }

    /// <summary>An <c>application/x-www-form-urlencoded</c> body, as OAuth token endpoints take.</summary>
    /// <param name="fields">The form fields, in order.</param>
    public static Func<HttpContent> Form(IEnumerable<KeyValuePair<string, string>> fields)
    {
        var snapshot = fields.ToArray();
        return () => new FormUrlEncodedContent(snapshot);
    }
}
