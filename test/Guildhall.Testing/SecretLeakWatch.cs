using System.Diagnostics;
using Guildhall.Core.Errors;
using Guildhall.Testing.SecretAudit;
using Microsoft.Extensions.Logging;

namespace Guildhall.Testing;

/// <summary>
/// Watches what a call leaves behind (every log line through <see cref="LoggerFactory"/>, every activity any source
/// records) so a test can check that no part of a secret appears there or in the exception the call raised.
/// </summary>
public sealed class SecretLeakWatch : IDisposable
{
    /// <summary>The shortest run of a secret's characters that counts as a leak.</summary>
    public const int FragmentLength = 8;

    private readonly CapturingLoggerProvider _logs = new();
    private readonly ActivityListener _listener;
    private readonly List<Activity> _activities = [];

    public SecretLeakWatch()
    {
        LoggerFactory = _logs.CreateFactory();
        _listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                lock (_activities)
                {
                    _activities.Add(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>The logger factory to give the client under test.</summary>
    public ILoggerFactory LoggerFactory { get; }

    /// <summary>The lines logged so far.</summary>
    public IReadOnlyList<CapturedLogLine> LogLines => _logs.Lines;

    /// <summary>
    /// Fails if any <see cref="FragmentLength"/>-character run of <paramref name="secret"/> appears in the exception (its
    /// <see cref="object.ToString"/>, message, inner exceptions and every text property of a
    /// <see cref="GuildhallApiException"/>), in a log line or in an activity's name, tags, events or status.
    /// </summary>
    public void AssertNoPartOf(string secret, Exception exception)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        ArgumentNullException.ThrowIfNull(exception);
        Assert.True(secret.Length >= FragmentLength, $"A secret shorter than {FragmentLength} characters cannot be checked by fragments.");
        var leaks = PlacesToSearch(exception)
            .SelectMany(place => LeakedFragments(secret, place.Text).Select(offset => $"{place.Where} holds the secret's characters {offset}..{offset + FragmentLength - 1}"))
            .Distinct()
            .ToList();

        // The report names where and which characters, never the characters themselves.
        Assert.True(leaks.Count == 0, "Part of the secret leaked:" + Environment.NewLine + string.Join(Environment.NewLine, leaks));
    }

    public void Dispose()
    {
        _listener.Dispose();
        LoggerFactory.Dispose();
    }

    private IEnumerable<(string Where, string Text)> PlacesToSearch(Exception exception)
    {
        yield return ("the exception's ToString()", exception.ToString());
        for (var current = exception; current is not null; current = current.InnerException)
        {
            yield return ($"the message of {current.GetType().Name}", current.Message);
            if (current is GuildhallApiException api)
            {
                yield return ("RawBody", api.RawBody ?? "");
                yield return ("ServerMessage", api.ServerMessage ?? "");
                yield return ("ErrorCode", api.ErrorCode ?? "");
                yield return ("RequestId", api.RequestId ?? "");
            }

            if (current is ApiValidationException validation)
            {
                yield return ("the validation errors", string.Join('\n', validation.Errors));
            }
        }

        foreach (var line in _logs.Lines)
        {
            yield return ($"the log line of {line.Category}", line.ToString());
        }

        List<Activity> activities;
        lock (_activities)
        {
            activities = [.. _activities];
        }

        foreach (var activity in activities)
        {
            yield return ($"activity {activity.OperationName}", string.Join('\n', ActivityText.Describe(activity)));
        }
    }

    private static IEnumerable<int> LeakedFragments(string secret, string text)
    {
        for (var offset = 0; offset + FragmentLength <= secret.Length; offset++)
        {
            if (text.AsSpan().Contains(secret.AsSpan(offset, FragmentLength), StringComparison.Ordinal))
            {
                yield return offset;
            }
        }
    }
}
