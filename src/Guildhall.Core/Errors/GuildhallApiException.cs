using System.Net;
using Guildhall.Core.Http;

namespace Guildhall.Core.Errors;

/// <summary>
/// The root of every error an API call raises after it reached the API (or was refused locally on its behalf). Catch a
/// subclass to branch on the kind of failure and look at <see cref="Api"/> to tell the APIs apart.
/// </summary>
public class GuildhallApiException : Exception
{
    /// <summary>The sentence an error about a credential-bearing response ends with.</summary>
    internal const string WithheldBodyNotice = "The body is withheld because the response carries credentials.";

    private const int MaxRawBodyChars = 2048;

    /// <summary>Creates an exception from a failed call.</summary>
    /// <param name="message">The message (never containing a secret).</param>
    /// <param name="context">The failed call.</param>
    /// <param name="innerException">The cause, if any.</param>
    public GuildhallApiException(string message, ApiErrorContext context, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentNullException.ThrowIfNull(context);
        Api = context.Api;
        Operation = context.Operation;
        StatusCode = context.Response?.StatusCode;
        ErrorCode = context.Details.ErrorCode;
        RequestId = context.Details.RequestId;
        ServerMessage = context.Details.Message;
        IsBodyWithheld = context.Response is { IsSecret: true, Body.IsEmpty: false };
        RawBody = context.Response is { IsSecret: false, Body.IsEmpty: false } response
            ? BodyFormat.Truncate(response.ReadText(), MaxRawBodyChars)
            : null;
    }

    /// <summary>The API's name, for example <c>topgg</c>, <c>osu</c>, <c>tatsu</c>, <c>polympics</c>.</summary>
    public string Api { get; }

    /// <summary>The operation that failed, for example <c>topgg.bots.get</c>.</summary>
    public string? Operation { get; }

    /// <summary>The HTTP status, or <see langword="null"/> when the call was refused before it was sent.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The API's own error code, if its body had one.</summary>
    public string? ErrorCode { get; }

    /// <summary>The request or trace id to quote to the API's support, if any.</summary>
    public string? RequestId { get; }

    /// <summary>The message the API gave, if any.</summary>
    public string? ServerMessage { get; }

    /// <summary>
    /// The start of the raw body (at most 2,048 characters), for diagnosis; <see langword="null"/> when there was none
    /// or it was withheld (<see cref="IsBodyWithheld"/>).
    /// </summary>
    public string? RawBody { get; }

    /// <summary>
    /// Whether the response had a body that is not kept because the response carries credentials
    /// (<see cref="ApiRequest.ResponseIsSecret"/>): a token response, a session. <see cref="RawBody"/> is then
    /// <see langword="null"/> and nothing in this exception quotes the body.
    /// </summary>
    public bool IsBodyWithheld { get; }
}
