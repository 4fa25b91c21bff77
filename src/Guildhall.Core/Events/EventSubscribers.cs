using Microsoft.Extensions.Logging;

namespace Guildhall.Core.Events;

/// <summary>
/// Raises a client's events the one way every Guildhall client does: each handler runs on its own, so one that throws
/// is logged and the others still run, and the raiser carries on as if nothing had happened (a subscriber's bug never
/// undoes a stored token or stops an autoposter).
/// </summary>
public static class EventSubscribers
{
    /// <summary>Calls every handler of <paramref name="handlers"/> in subscription order, each isolated from the others.</summary>
    /// <typeparam name="TArgs">The event's arguments.</typeparam>
    /// <param name="handlers">The event's delegate; <see langword="null"/> when nobody subscribed.</param>
    /// <param name="sender">The object that raises the event.</param>
    /// <param name="args">The event's arguments.</param>
    /// <param name="logger">Where a handler's failure is logged.</param>
    /// <param name="eventName">The event's name, for the log line.</param>
    /// <returns>How many handlers threw.</returns>
    public static int Raise<TArgs>(EventHandler<TArgs>? handlers, object sender, TArgs args, ILogger logger, string eventName)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(logger);
        if (handlers is null)
        {
            return 0;
        }

        var failures = 0;
        foreach (var handler in handlers.GetInvocationList().Cast<EventHandler<TArgs>>())
        {
            try
            {
                handler(sender, args);
            }
#pragma warning disable CA1031 // A subscriber's bug is reported, never passed on to the code that raised the event.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                failures++;
                EventSubscriberLog.HandlerFailed(logger, eventName, sender.GetType().Name, exception);
            }
        }

        return failures;
    }
}
