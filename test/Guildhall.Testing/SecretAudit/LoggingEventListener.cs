using System.Collections;
using System.Diagnostics.Tracing;

namespace Guildhall.Testing.SecretAudit;

/// <summary>
/// Hears every log line of every logger factory that has Microsoft.Extensions.Logging's event source provider (a
/// host's default logging has it): the formatted message and the exception, at every level.
/// </summary>
internal sealed class LoggingEventListener : EventListener
{
    private const string LoggingSource = "Microsoft-Extensions-Logging";

    // Keywords of that source: Message (2) carries the exception, FormattedMessage (4) the text as written.
    private const EventKeywords MessageAndFormattedMessage = (EventKeywords)0x6;

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == LoggingSource)
        {
            EnableEvents(eventSource, EventLevel.Verbose, MessageAndFormattedMessage);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventSource.Name != LoggingSource || eventData.Payload is null)
        {
            return;
        }

        var logger = eventData.PayloadNames?.IndexOf("LoggerName") is int at and >= 0 ? eventData.Payload[at] : null;
        SecretAuditChannels.Observe($"log line ({eventData.EventName}) of {logger}", string.Join('\n', eventData.Payload.Select(Flatten)));
    }

    private static string Flatten(object? value) => value switch
    {
        null => "",
        string text => text,
        IDictionary<string, object?> fields => string.Join('\n', fields.Select(field => $"{field.Key}={Flatten(field.Value)}")),
        IEnumerable items => string.Join('\n', items.Cast<object?>().Select(Flatten)),
        _ => value.ToString() ?? "",
    };
}
