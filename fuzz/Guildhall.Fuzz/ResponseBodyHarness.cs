using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Guildhall.Core;
using Guildhall.Core.Errors;
using Guildhall.Osu.Internal;
using Guildhall.Tatsu;
using Guildhall.TopGg.Http;

namespace Guildhall.Fuzz;

/// <summary>
/// Core's tolerant body reading: <see cref="ApiResponse"/>'s JSON detection, charset decoding and JSON reading, then the
/// error reader of each API over the same answer and the exception built from it. Bytes 0-3 pick the media type, the
/// charset, the status and the error reader (and whether the answer is secret); the next line is the
/// <c>Retry-After</c> header; the rest is the body. Only <see cref="ApiInvalidResponseException"/> may leave
/// <see cref="ApiResponse.ReadJson{T}(System.Text.Json.Serialization.Metadata.JsonTypeInfo{T})"/>; the error readers must not throw at all.
/// </summary>
internal sealed class ResponseBodyHarness : FuzzHarness
{
    private static readonly string?[] MediaTypes =
        [null, "application/json", "application/problem+json", "application/vnd.api+json", "text/json", "text/html", "text/plain", "application/octet-stream"];

    private static readonly string?[] Charsets = [null, "utf-8", "UTF8", "\"utf-8\"", "iso-8859-1", "utf-16", "utf-32", "us-ascii", "no-such-charset", ""];

    private static readonly HttpStatusCode[] Statuses =
    [
        HttpStatusCode.OK, HttpStatusCode.Created, HttpStatusCode.NoContent, HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized,
        HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.UnprocessableEntity, HttpStatusCode.TooManyRequests,
        HttpStatusCode.InternalServerError, HttpStatusCode.BadGateway, HttpStatusCode.ServiceUnavailable,
    ];

    private static readonly IApiErrorReader[] ErrorReaders =
        [JsonApiErrorReader.Instance, TopGgErrorReader.Shared, new TatsuErrorReader(TimeProvider.System), OsuErrorReader.Instance];

    private static readonly JsonTypeInfo<JsonElement> AnyJson = (JsonTypeInfo<JsonElement>)JsonSerializerOptions.Default.GetTypeInfo(typeof(JsonElement));

    public override void Run(ReadOnlySpan<byte> input)
    {
        var reader = new FuzzInput(input);
        var mediaType = MediaTypes[reader.TakeChoice(MediaTypes.Length)];
        var charset = Charsets[reader.TakeChoice(Charsets.Length)];
        var status = Statuses[reader.TakeChoice(Statuses.Length)];
        var readerAndSecrecy = reader.TakeChoice(ErrorReaders.Length * 2);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (reader.TakeLine() is { } retryAfter)
        {
            headers["Retry-After"] = retryAfter;
        }

        var response = new ApiResponse("fuzz", status, headers, mediaType, charset, reader.Rest.ToArray()) { IsSecret = readerAndSecrecy >= ErrorReaders.Length };
        _ = response.IsJson;
        _ = response.ReadText();
        try
        {
            _ = response.ReadJson(AnyJson);
        }
        catch (ApiInvalidResponseException exception)
        {
            _ = exception.ToString();
        }

        var details = ErrorReaders[readerAndSecrecy % ErrorReaders.Length].Read(response);
        _ = new GuildhallApiException("fuzz failed.", new ApiErrorContext("fuzz", "fuzz", response, details)).ToString();
    }
}
