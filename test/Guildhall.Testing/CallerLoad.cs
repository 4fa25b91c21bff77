using Guildhall.Core.Errors;

namespace Guildhall.Testing;

/// <summary>
/// Several concurrent callers, each making its next call as soon as its last one returned, until a time has passed on
/// a clock: the load of a bot that asks as fast as its rate limiter lets it. Every outcome is counted, never thrown.
/// </summary>
public static class CallerLoad
{
    public static async Task<CallerLoadResult> RunAsync(int callers, TimeSpan duration, TimeProvider clock, Func<CancellationToken, Task> call)
    {
        var started = clock.GetTimestamp();
        var result = new CallerLoadResult();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
        {
            while (clock.GetElapsedTime(started) < duration)
            {
                try
                {
                    await call(CancellationToken.None);
                    result.CountSuccess();
                }
                catch (ApiRateLimitedException exception)
                {
                    result.CountRateLimited(exception);
                }
                catch (Exception exception) when (exception is GuildhallApiException or HttpRequestException or TimeoutException)
                {
                    result.CountError(exception);
                }
            }
        })));
        return result;
    }
}
