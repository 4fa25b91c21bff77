namespace Guildhall.Core.Errors;

/// <summary>The credentials are valid but may not do this (HTTP 403): a missing scope or permission, someone else's resource.</summary>
/// <param name="message">The message.</param>
/// <param name="context">The failed call.</param>
/// <param name="innerException">The cause, if any.</param>
public sealed class ApiForbiddenException(string message, ApiErrorContext context, Exception? innerException = null)
    : GuildhallApiException(message, context, innerException);
