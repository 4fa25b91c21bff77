namespace Guildhall.Core.Errors;

/// <summary>
/// The call was rate limited for longer than the pipeline may wait: either the API answered 429 (<see cref="IsClientSide"/>
/// is <see langword="false"/>), or the client-side limiter refused to send it because a bucket is exhausted or the API
/// blocked the credentials (<see cref="IsClientSide"/> is <see langword="true"/>, nothing was sent).
/// </summary>
public sealed class ApiRateLimitedException : GuildhallApiException
{
    /// <summary>Creates an exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="context">The failed call.</param>
    /// <param name="retryAfter">How long to wait before the next attempt can succeed.</param>
    /// <param name="isClientSide">Whether the limiter refused the call locally.</param>
    public ApiRateLimitedException(string message, ApiErrorContext context, TimeSpan retryAfter, bool isClientSide)
        : base(message, context)
    {
        RetryAfter = retryAfter;
        IsClientSide = isClientSide;
    }

    /// <summary>How long to wait before the next attempt can succeed.</summary>
    public TimeSpan RetryAfter { get; }

    /// <summary>Whether the client-side limiter refused the call without sending it.</summary>
    public bool IsClientSide { get; }
}
