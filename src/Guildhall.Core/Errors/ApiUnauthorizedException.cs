namespace Guildhall.Core.Errors;

/// <summary>The credentials are missing, wrong or expired (HTTP 401).</summary>
/// <param name="message">The message.</param>
/// <param name="context">The failed call.</param>
/// <param name="innerException">The cause, if any.</param>
public sealed class ApiUnauthorizedException(string message, ApiErrorContext context, Exception? innerException = null)
    : GuildhallApiException(message, context, innerException);
