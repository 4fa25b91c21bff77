using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Guildhall.Core.Errors;

namespace Guildhall.Testing.SecretAudit;

/// <summary>
/// Where the process's output is watched, for every live <see cref="SecretAuditCollector"/>: every exception thrown
/// anywhere (its message, <see cref="object.ToString"/> and, for an API error, the body and server fields it keeps), every
/// activity of every source when it stops, every log line written through Microsoft.Extensions.Logging's event source
/// (what a host's default logging writes) or through <see cref="CapturingLoggerProvider"/>, and every line a child
/// process printed to the test (<see cref="DotnetProcess"/>, <see cref="ChildProcess"/>), which those helpers pass to
/// <see cref="Observe"/>.
/// </summary>
public static class SecretAuditChannels
{
    private static readonly Lock Gate = new();
    private static ImmutableArray<SecretAuditCollector> _collectors = [];
    private static bool _started;

    [ThreadStatic]
    private static bool _observingException;

    /// <summary>Passes one emitted text to every live collector.</summary>
    /// <param name="where">Which channel and what in it.</param>
    /// <param name="text">The text.</param>
    public static void Observe(string where, string? text)
    {
        foreach (var collector in _collectors)
        {
            collector.Observe(where, text);
        }
    }

    internal static void Attach(SecretAuditCollector collector)
    {
        lock (Gate)
        {
            _collectors = _collectors.Add(collector);
            if (_started)
            {
                return;
            }

            _started = true;
            AppDomain.CurrentDomain.FirstChanceException += OnException;
            ActivitySource.AddActivityListener(new ActivityListener
            {
                ShouldListenTo = _ => true,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
                ActivityStopped = activity => Observe($"activity {activity.Source.Name}/{activity.OperationName}", string.Join('\n', ActivityText.Describe(activity))),
            });

            // Lives as long as the process: the channels stay open for every collector started later.
            _ = new LoggingEventListener();
        }
    }

    internal static void Detach(SecretAuditCollector collector)
    {
        lock (Gate)
        {
            _collectors = _collectors.Remove(collector);
        }
    }

    private static void OnException(object? sender, FirstChanceExceptionEventArgs args)
    {
        // Formatting an exception can throw and catch one of its own; that one is not the code under test's.
        if (_observingException || _collectors.IsEmpty)
        {
            return;
        }

        _observingException = true;
        try
        {
            var exception = args.Exception;
            var name = exception.GetType().Name;
            Observe($"the message of a thrown {name}", exception.Message);
            Observe($"the ToString() of a thrown {name}", exception.ToString());
            if (exception is GuildhallApiException api)
            {
                Observe($"the RawBody of a thrown {name}", api.RawBody);
                Observe($"the ServerMessage of a thrown {name}", api.ServerMessage);
                Observe($"the ErrorCode of a thrown {name}", api.ErrorCode);
            }
        }
        catch (Exception)
        {
            // An exception whose formatting fails is reported by the test that threw it, not by the audit.
        }
        finally
        {
            _observingException = false;
        }
    }
}
