using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Guildhall.Core.Errors;
using Guildhall.Core.Http;
using Guildhall.Core.Json;

namespace Guildhall.Core;

/// <summary>A buffered response: status, headers and the whole body, read tolerantly.</summary>
public sealed class ApiResponse
{
    private byte[]? _lentBuffer;

    /// <summary>Creates a response (used by the transport and by tests of error readers).</summary>
    /// <param name="apiName">The API that answered, for error messages.</param>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="headers">The response headers (content headers included).</param>
    /// <param name="mediaType">The media type of the body, without parameters, or <see langword="null"/>.</param>
    /// <param name="charset">The declared charset, or <see langword="null"/>.</param>
    /// <param name="body">The body bytes.</param>
    public ApiResponse(string apiName, HttpStatusCode statusCode, IReadOnlyDictionary<string, string> headers, string? mediaType, string? charset, ReadOnlyMemory<byte> body)
    {
        ApiName = apiName;
        StatusCode = statusCode;
        Headers = headers;
        MediaType = mediaType;
        Charset = charset;
        Body = body;
    }

    /// <summary>The API that answered.</summary>
    public string ApiName { get; }

    /// <summary>The HTTP status.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The response and content headers, names compared case-insensitively, repeated values joined with <c>, </c>.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The body's media type without parameters (<c>application/json</c>), or <see langword="null"/>.</summary>
    public string? MediaType { get; }

    /// <summary>The declared charset, or <see langword="null"/>.</summary>
    public string? Charset { get; }

    /// <summary>The raw body.</summary>
    public ReadOnlyMemory<byte> Body { get; private set; }

    /// <summary>
    /// Whether the body carries a credential (the request set <see cref="ApiRequest.ResponseIsSecret"/>). Errors about
    /// such a response never keep or quote its body.
    /// </summary>
    public bool IsSecret { get; init; }

    /// <summary>The pooled array <see cref="Body"/> lives in, when the transport lent it for one read (see <see cref="ReturnLentBody"/>).</summary>
    internal byte[]? LentBuffer
    {
        get => _lentBuffer;
        init => _lentBuffer = value;
    }

    /// <summary>Whether the status is 2xx.</summary>
    public bool IsSuccess => (int)StatusCode is >= 200 and < 300;

    /// <summary>Whether the body looks like JSON: a JSON media type (<c>application/json</c>, <c>*+json</c>), or none but a JSON-shaped start.</summary>
    public bool IsJson => BodyFormat.LooksLikeJson(MediaType, Body.Span);

    /// <summary>A header's value, or <see langword="null"/>.</summary>
    /// <param name="name">The header name, any case.</param>
    public string? GetHeader(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>The body as text, decoded with the declared charset (UTF-8 when none is declared or it is unknown).</summary>
    public string ReadText() => BodyFormat.Decode(Body.Span, Charset);

    /// <summary>Deserializes the body as JSON.</summary>
    /// <typeparam name="T">The model type.</typeparam>
    /// <param name="typeInfo">The serializer metadata from the package's <c>JsonSerializerContext</c>.</param>
    /// <exception cref="ApiInvalidResponseException">The body is empty, not JSON (an HTML page), not UTF-8, truncated or malformed.</exception>
    public T ReadJson<T>(JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        var utf8 = Utf8JsonBody();
        try
        {
            return JsonSerializer.Deserialize(utf8.Span, typeInfo)
                ?? throw CreateUnusableResponseException("the body is JSON null where a value was expected");
        }
        catch (JsonException exception)
        {
            throw Malformed(exception);
        }
    }

    /// <summary>
    /// Deserializes the body straight from its bytes into a model that keeps its raw JSON, and hands back that JSON as a
    /// <see cref="RawJson"/>: a copy of the body, built into a <see cref="JsonElement"/> only if someone reads it. The
    /// body is parsed once, whether or not the raw JSON is ever read.
    /// </summary>
    /// <typeparam name="T">The model type.</typeparam>
    /// <param name="typeInfo">The serializer metadata from the package's <c>JsonSerializerContext</c>.</param>
    /// <param name="operation">The operation that answered, named in the error for JSON that does not fit the model.</param>
    /// <param name="raw">The body's JSON, for the model's raw JSON.</param>
    /// <exception cref="ApiInvalidResponseException">
    /// The body is empty, not JSON (an HTML page), not UTF-8, truncated or malformed; or it is JSON null or of a shape
    /// that does not fit <typeparamref name="T"/> (the message then names <paramref name="operation"/> and the model).
    /// </exception>
    public T ReadJson<T>(JsonTypeInfo<T> typeInfo, string operation, out RawJson raw)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        ArgumentException.ThrowIfNullOrWhiteSpace(operation);
        var utf8 = Utf8JsonBody();
        T? model;
        try
        {
            model = JsonSerializer.Deserialize(utf8.Span, typeInfo);
        }
        catch (JsonException exception)
        {
            throw NotReadable(utf8, typeInfo, operation, exception);
        }

        if (model is null)
        {
            throw DoesNotFit<T>(operation, new JsonException("The body is JSON null."));
        }

        raw = RawJson.CopyOf(utf8.Span);
        return model;
    }

    /// <summary>
    /// The error for a body the caller cannot use (a token response without a token, a required field missing), built
    /// like the transport's own: <see cref="GuildhallApiException.RawBody"/> holds the start of the body, unless the body
    /// is <see cref="IsSecret">secret</see>, in which case the message says it was withheld.
    /// </summary>
    /// <param name="reason">What is wrong, in words that quote nothing from a secret body.</param>
    /// <returns>The exception, to throw.</returns>
    public ApiInvalidResponseException CreateUnusableResponseException(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new ApiInvalidResponseException(UnusableMessage(reason), Context());
    }

    /// <summary>Gives a lent body back to the pool once the caller's read is done; the response is then empty.</summary>
    internal void ReturnLentBody()
    {
        if (_lentBuffer is { } lent)
        {
            _lentBuffer = null;
            Body = ReadOnlyMemory<byte>.Empty;
            ArrayPool<byte>.Shared.Return(lent);
        }
    }

    /// <summary>The body as UTF-8 JSON, once it is known to be a non-empty JSON body of valid text.</summary>
    private ReadOnlyMemory<byte> Utf8JsonBody()
    {
        if (Body.IsEmpty)
        {
            throw CreateUnusableResponseException($"the {(int)StatusCode} response has an empty body where JSON was expected");
        }

        if (!IsJson)
        {
            throw CreateUnusableResponseException($"expected JSON but the body is {MediaType ?? "of no declared type"}");
        }

        // The JSON reader accepts any bytes inside a string; a model keeps some strings as raw JSON (members it does not
        // declare), so a bad byte would otherwise surface later, as an InvalidOperationException from wherever the
        // string is read or printed. Text transcoded from another charset is UTF-8 by construction.
        if (BodyFormat.IsUtf8(Charset) && !System.Text.Unicode.Utf8.IsValid(Body.Span))
        {
            throw CreateUnusableResponseException("the body is not valid UTF-8");
        }

        return BodyFormat.IsUtf8(Charset) ? Body : Encoding.UTF8.GetBytes(ReadText());
    }

    /// <remarks>A converter's message may quote the value it choked on, so a secret body keeps neither the message nor the cause.</remarks>
    private ApiInvalidResponseException Malformed(JsonException exception) =>
        IsSecret
            ? CreateUnusableResponseException("the JSON body is malformed or truncated")
            : new ApiInvalidResponseException(UnusableMessage($"the JSON body is malformed or truncated ({exception.Message})"), Context(), exception);

    /// <summary>
    /// Why a body the model could not be read from is unusable: malformed JSON, or JSON of the wrong shape. Only this
    /// failure path parses the body apart from the model, so a call that succeeds parses it once.
    /// </summary>
    private ApiInvalidResponseException NotReadable<T>(ReadOnlyMemory<byte> utf8, JsonTypeInfo<T> typeInfo, string operation, JsonException bindError)
    {
        JsonElement element;
        try
        {
            element = JsonSerializer.Deserialize(utf8.Span, ElementTypeInfo(typeInfo.Options));
        }
        catch (JsonException syntaxError)
        {
            return Malformed(syntaxError);
        }

        // The well-formed body is read again from its element, so the message and position are those the element gives.
        try
        {
            _ = element.Deserialize(typeInfo);
        }
        catch (JsonException shapeError)
        {
            return DoesNotFit<T>(operation, shapeError);
        }

        return DoesNotFit<T>(operation, bindError);
    }

    private ApiInvalidResponseException DoesNotFit<T>(string operation, JsonException exception) =>
        IsSecret
            ? new ApiInvalidResponseException($"{operation} returned JSON that does not fit {typeof(T).Name}. {GuildhallApiException.WithheldBodyNotice}", new ApiErrorContext(ApiName, operation, this, new ApiErrorDetails()))
            : new ApiInvalidResponseException(
                $"{operation} returned JSON that does not fit {typeof(T).Name}: {exception.Message}",
                new ApiErrorContext(ApiName, operation, this, new ApiErrorDetails()),
                exception);

    private static JsonTypeInfo<JsonElement> ElementTypeInfo(JsonSerializerOptions options) =>
        options.TryGetTypeInfo(typeof(JsonElement), out var info) && info is JsonTypeInfo<JsonElement> element
            ? element
            : JsonMetadataServices.CreateValueInfo<JsonElement>(options, JsonMetadataServices.JsonElementConverter);

    private string UnusableMessage(string reason) =>
        $"{ApiName} returned an unusable response: {reason}." + (IsSecret ? " " + GuildhallApiException.WithheldBodyNotice : "");

    private ApiErrorContext Context() => new(ApiName, null, this, new ApiErrorDetails());
}
