namespace Guildhall.Core.Errors;

/// <summary>The API failed on its side (HTTP 5xx), after any retries the request allowed.</summary>
/// <param name="message">The message.</param>
/// <param name="context">The failed call.</param>
/// <param name="innerException">The cause, if any.</param>
public sealed class ApiServerException(string message, ApiErrorContext context, Exception? innerException = null)
    : GuildhallApiException(message, context, innerException);
