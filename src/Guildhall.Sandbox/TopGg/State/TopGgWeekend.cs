namespace Guildhall.Sandbox.TopGg.State;

/// <summary>
/// Top.gg's weekend multiplier (votes weigh 2). The reference does not state the exact hours; the sandbox uses the
/// commonly described window, Friday 00:00 to Sunday 23:59:59 UTC.
/// </summary>
internal static class TopGgWeekend
{
    public static bool IsWeekend(DateTimeOffset instant) =>
        instant.UtcDateTime.DayOfWeek is DayOfWeek.Friday or DayOfWeek.Saturday or DayOfWeek.Sunday;

    public static int VoteWeightAt(DateTimeOffset instant) => IsWeekend(instant) ? 2 : 1;
}
