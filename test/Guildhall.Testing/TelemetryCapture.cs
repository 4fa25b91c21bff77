using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Guildhall.Testing;

/// <summary>
/// Listens to the <c>Guildhall</c> activity source and to its <c>guildhall.client.call.duration</c> histogram while it
/// lives. Listeners see every Guildhall call of the process (tests run in parallel), so it keeps only what the test's
/// own filters accept: its API name, its sandbox's port.
/// </summary>
public sealed class TelemetryCapture : IDisposable
{
    private const string SourceName = "Guildhall";

    private readonly ConcurrentQueue<Activity> _activities = new();
    private readonly ConcurrentQueue<IReadOnlyDictionary<string, object?>> _durations = new();
    private readonly ActivityListener _activityListener;
    private readonly MeterListener _meterListener = new();

    /// <param name="keepActivity">Which stopped activities are the test's.</param>
    /// <param name="keepDuration">Which duration measurements (by their tags) are the test's.</param>
    public TelemetryCapture(Func<Activity, bool> keepActivity, Func<IReadOnlyDictionary<string, object?>, bool> keepDuration)
    {
        _activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (keepActivity(activity))
                {
                    _activities.Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_activityListener);
        _meterListener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == SourceName && instrument.Name == "guildhall.client.call.duration")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meterListener.SetMeasurementEventCallback<double>((_, _, tags, _) =>
        {
            var map = new Dictionary<string, object?>();
            foreach (var tag in tags)
            {
                map[tag.Key] = tag.Value;
            }

            if (keepDuration(map))
            {
                _durations.Enqueue(map);
            }
        });
        _meterListener.Start();
    }

    /// <summary>The activities kept, in the order they stopped.</summary>
    public IReadOnlyCollection<Activity> Activities => _activities;

    /// <summary>The tags of each call duration kept, in the order recorded.</summary>
    public IReadOnlyCollection<IReadOnlyDictionary<string, object?>> Durations => _durations;

    /// <summary>Stops listening.</summary>
    public void Dispose()
    {
        _activityListener.Dispose();
        _meterListener.Dispose();
    }
}
