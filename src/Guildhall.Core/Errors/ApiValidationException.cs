namespace Guildhall.Core.Errors;

/// <summary>
/// The API rejected the request's content (HTTP 400 or 422). <see cref="Errors"/> lists the problems per field where the
/// API names them. Arguments the client can check itself are rejected before sending with an <see cref="ArgumentException"/>.
/// </summary>
public sealed class ApiValidationException : GuildhallApiException
{
    /// <summary>Creates an exception from a failed call.</summary>
    /// <param name="message">The message.</param>
    /// <param name="context">The failed call.</param>
    /// <param name="innerException">The cause, if any.</param>
    public ApiValidationException(string message, ApiErrorContext context, Exception? innerException = null)
        : base(message, context, innerException)
    {
        Errors = context.Details.ValidationErrors;
    }

    /// <summary>The problems, per field where the API names them; empty when it gave only a message.</summary>
    public IReadOnlyList<ApiValidationError> Errors { get; }
}
