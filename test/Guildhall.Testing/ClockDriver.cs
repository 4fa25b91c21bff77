using Microsoft.Extensions.Time.Testing;

namespace Guildhall.Testing;

/// <summary>
/// Moves a fake clock forward until a task completes, so code that waits on the clock runs without real waiting.
/// Between steps it yields to the thread pool so continuations can run; nothing depends on how long that takes.
/// </summary>
public static class ClockDriver
{
    public static async Task<T> DriveAsync<T>(this FakeTimeProvider time, Task<T> task, TimeSpan step, int maxSteps = 100_000)
    {
        await time.DriveAsync((Task)task, step, maxSteps);
        return await task;
    }

    public static async Task DriveAsync(this FakeTimeProvider time, Task task, TimeSpan step, int maxSteps = 100_000)
    {
        for (var i = 0; i < maxSteps && !task.IsCompleted; i++)
        {
            await Task.WhenAny(task, Task.Delay(1));
            if (!task.IsCompleted)
            {
                time.Advance(step);
            }
        }

        if (!task.IsCompleted)
        {
            throw new TimeoutException($"The task did not complete within {maxSteps} clock steps of {step}.");
        }
    }
}
