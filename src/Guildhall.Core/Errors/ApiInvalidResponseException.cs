namespace Guildhall.Core.Errors;

/// <summary>The API answered, but not with what was expected: an HTML page where JSON was due, an empty, truncated or malformed body.</summary>
/// <param name="message">The message.</param>
/// <param name="context">The failed call.</param>
/// <param name="innerException">The cause, if any.</param>
public sealed class ApiInvalidResponseException(string message, ApiErrorContext context, Exception? innerException = null)
    : GuildhallApiException(message, context, innerException);
