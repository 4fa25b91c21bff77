using System.Diagnostics;

namespace Guildhall.Testing;

/// <summary>
/// Waits for a condition that another thread makes true, with a bound: a test that would otherwise hang fails with a
/// message that says what it was waiting for. The bound is a guard, never an assertion about how long anything takes.
/// </summary>
public static class Poll
{
    /// <summary>How long a test waits for something before it fails, unless told otherwise.</summary>
    public static readonly TimeSpan DefaultBound = TimeSpan.FromSeconds(30);

    /// <summary>Returns once <paramref name="condition"/> holds; throws <see cref="TimeoutException"/> naming <paramref name="what"/> after <paramref name="within"/>.</summary>
    public static async Task UntilAsync(Func<bool> condition, string what, TimeSpan? within = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var bound = within ?? DefaultBound;
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            if (waited.Elapsed > bound)
            {
                throw new TimeoutException($"Waited {bound.TotalSeconds:0.#} s for {what}, and it did not happen.");
            }

            await Task.Delay(1);
        }
    }
}
