using Microsoft.Extensions.Logging;

namespace Guildhall.Core.Events;

/// <summary>The log line of a failed event handler. It names the event and the raiser's type, never their data.</summary>
internal static partial class EventSubscriberLog
{
    [LoggerMessage(20, LogLevel.Error, "A handler of {EventName} on {Sender} threw; the other handlers ran and the client carries on")]
    public static partial void HandlerFailed(ILogger logger, string eventName, string sender, Exception exception);
}
