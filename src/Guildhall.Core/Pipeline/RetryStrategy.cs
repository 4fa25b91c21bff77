using System.Net;
using Guildhall.Core.Errors;
using Guildhall.Core.Http;

namespace Guildhall.Core.Pipeline;

/// <summary>
/// Decides whether a failed attempt is repeated and after how long: only 408, 429, 5xx and network errors; 408, 5xx
/// and network errors only for requests safe to repeat (or a connection never made); <c>Retry-After</c> (header, else
/// the API's body field) before exponential backoff with jitter; never a wait longer than
/// <see cref="RetryOptions.MaxRetryAfter"/> or than what is left of the call. It only plans: the transport waits.
/// </summary>
internal sealed class RetryStrategy(ApiTransportOptions options)
{
    private readonly RetryOptions _retry = options.Retry;

    /// <summary>
    /// The wait before repeating an attempt that failed without an answer, or <see langword="null"/> when the failure is
    /// final (not safe to repeat, out of retries, or the backoff would outlast the call).
    /// </summary>
    public TimeSpan? AfterException(ApiRequest request, Exception exception, int retries, CallDeadline deadline)
    {
        var backoff = Backoff(retries);
        return MayRepeat(request, exception) && retries < _retry.MaxRetries && backoff < deadline.Remaining ? backoff : null;
    }

    /// <summary>
    /// Reads a failed answer: its exception (with the request id from the headers when the body has none) and, when it
    /// is worth another attempt, the wait before it. A 429's wait is also the block the limiter applies to the request's
    /// buckets (<see cref="ResponsePlan.BlockBuckets"/>).
    /// </summary>
    public ResponsePlan AfterResponse(ApiRequest request, string operation, ApiResponse response, int retries, CallDeadline deadline)
    {
        var details = options.ErrorReader.Read(response);
        if (details.RequestId is null)
        {
            details = details with { RequestId = options.RequestIdHeaders.Select(response.GetHeader).FirstOrDefault(value => value is not null) };
        }

        var retryAfter = RetryAfterHeader.Read(response, options.TimeProvider.GetUtcNow()) ?? details.RetryAfter;
        var exception = ApiExceptionFactory.Create(new ApiErrorContext(options.ApiName, operation, response, details), retryAfter);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var wait = retryAfter ?? Backoff(retries);
            var final = wait > _retry.MaxRetryAfter || wait >= deadline.Remaining || retries >= _retry.MaxRetries;
            return new ResponsePlan(exception, final ? null : wait, BlockBuckets: wait);
        }

        var transient = (int)response.StatusCode is 408 or >= 500;
        var delay = retryAfter ?? Backoff(retries);
        var repeat = transient && request.IsRetrySafe && retries < _retry.MaxRetries && delay <= _retry.MaxRetryAfter && delay < deadline.Remaining;
        return new ResponsePlan(exception, repeat ? delay : null, BlockBuckets: null);
    }

    /// <summary>Whether a failure without an answer may be worth another attempt at all (the call's own cancellation is not).</summary>
    public static bool IsTransient(Exception exception, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested && exception is HttpRequestException or IOException or OperationCanceledException;

    /// <summary>
    /// Exponential backoff with jitter between half and all of the step (<see cref="RetryOptions.Jitter"/>), so clients
    /// that failed together do not retry together.
    /// </summary>
    private TimeSpan Backoff(int retries)
    {
        var step = _retry.BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(retries, 30));
        var capped = Math.Min(step, _retry.MaxDelay.TotalMilliseconds);
        var jitter = Math.Clamp(_retry.Jitter(), 0, 1);
        return TimeSpan.FromMilliseconds(capped * (0.5 + (jitter / 2)));
    }

    /// <summary>A request may be repeated if it is safe to, or if it provably never left the machine.</summary>
    private static bool MayRepeat(ApiRequest request, Exception exception) =>
        request.IsRetrySafe || exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError };

    /// <summary>What to do about a failed answer.</summary>
    /// <param name="Exception">The answer's exception, thrown when there is no retry.</param>
    /// <param name="RetryAfter">The wait before the next attempt, or <see langword="null"/> when the answer is final.</param>
    /// <param name="BlockBuckets">For a 429: how long the request's buckets are blocked, whether or not it is retried.</param>
    public readonly record struct ResponsePlan(GuildhallApiException Exception, TimeSpan? RetryAfter, TimeSpan? BlockBuckets);
}
