namespace Guildhall.Core.Errors;

/// <summary>The resource does not exist (HTTP 404): an unknown id, a deleted object.</summary>
/// <param name="message">The message.</param>
/// <param name="context">The failed call.</param>
/// <param name="innerException">The cause, if any.</param>
public sealed class ApiNotFoundException(string message, ApiErrorContext context, Exception? innerException = null)
    : GuildhallApiException(message, context, innerException);
