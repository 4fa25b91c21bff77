using Guildhall.Core.Errors;

namespace Guildhall.Testing;

/// <summary>
/// Several concurrent callers, each making its next call as soon as its last one returned, until a time has passed on
/// a clock: the load of a bot that asks as fast as its rate limiter lets it. Every outcome is counted, never thrown.
/// </summary>
public static class CallerLoad
{
    /// <summary>How long a run may go on in real time to reach its minimum of successful calls on a slow machine.</summary>
    public static readonly TimeSpan MaxRealDuration = TimeSpan.FromMinutes(3);

    /// <summary>
    /// Runs the callers until <paramref name="duration"/> has passed on <paramref name="clock"/> and at least
    /// <paramref name="minimumSucceeded"/> calls succeeded (a loaded machine makes fewer calls in the same time), or
    /// until <see cref="MaxRealDuration"/> has passed in real time, whichever is first after the duration.
    /// </summary>
    public static async Task<CallerLoadResult> RunAsync(int callers, TimeSpan duration, TimeProvider clock, Func<CancellationToken, Task> call, int minimumSucceeded = 0)
    {
        var started = clock.GetTimestamp();
        var realStart = TimeProvider.System.GetTimestamp();
        var result = new CallerLoadResult();
        bool KeepGoing() =>
            clock.GetElapsedTime(started) < duration
            || (result.Succeeded < minimumSucceeded && TimeProvider.System.GetElapsedTime(realStart) < MaxRealDuration);
        await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
        {
            while (KeepGoing())
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
