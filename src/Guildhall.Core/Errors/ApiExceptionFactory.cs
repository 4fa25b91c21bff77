using System.Net;

namespace Guildhall.Core.Errors;

/// <summary>Maps a failed response to the exception type callers branch on.</summary>
internal static class ApiExceptionFactory
{
    public static GuildhallApiException Create(ApiErrorContext context, TimeSpan? retryAfter)
    {
        var response = context.Response!;
        var status = (int)response.StatusCode;
        var message = $"{context.Operation ?? context.Api} failed with {status} {ReasonOf(response.StatusCode)}"
            + (context.Details.Message is { } detail ? $": {detail}" : ".")
            + (response is { IsSecret: true, Body.IsEmpty: false } ? " " + GuildhallApiException.WithheldBodyNotice : "");
        return status switch
        {
            429 => new ApiRateLimitedException(
                message + (retryAfter is { } wait ? $" Retry after {wait.TotalSeconds:0.###} s." : ""),
                context,
                retryAfter ?? TimeSpan.Zero,
                isClientSide: false),
            404 => new ApiNotFoundException(message, context),
            401 => new ApiUnauthorizedException(message, context),
            403 => new ApiForbiddenException(message, context),
            400 or 422 => new ApiValidationException(message, context),
            >= 500 => new ApiServerException(message, context),
            _ => new GuildhallApiException(message, context),
        };
    }

    private static string ReasonOf(HttpStatusCode status) => status switch
    {
        HttpStatusCode.TooManyRequests => "Too Many Requests",
        HttpStatusCode.NotFound => "Not Found",
        HttpStatusCode.Unauthorized => "Unauthorized",
        HttpStatusCode.Forbidden => "Forbidden",
        HttpStatusCode.BadRequest => "Bad Request",
        HttpStatusCode.UnprocessableEntity => "Unprocessable Entity",
        HttpStatusCode.InternalServerError => "Internal Server Error",
        HttpStatusCode.BadGateway => "Bad Gateway",
        HttpStatusCode.ServiceUnavailable => "Service Unavailable",
        HttpStatusCode.GatewayTimeout => "Gateway Timeout",
        _ => status.ToString(),
    };
}
