using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Guildhall.Redis.Tests;

/// <summary>Counts <c>guildhall.redis.outage.calls</c> by part and outcome while it lives.</summary>
public sealed class OutageCallCounter : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<(string Part, string Outcome), long> _counts = new();

    public OutageCallCounter()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == RedisTelemetry.MeterName && instrument.Name == "guildhall.redis.outage.calls")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            string? part = null, outcome = null;
            foreach (var tag in tags)
            {
                part = tag.Key == "guildhall.redis.part" ? tag.Value as string : part;
                outcome = tag.Key == "guildhall.redis.outcome" ? tag.Value as string : outcome;
            }

            _counts.AddOrUpdate((part ?? "", outcome ?? ""), value, (_, count) => count + value);
        });
        _listener.Start();
    }

    /// <summary>The calls of <paramref name="part"/> counted so far, of one outcome or of all.</summary>
    public long Of(string part, string? outcome = null) =>
        _counts.Where(count => count.Key.Part == part && (outcome is null || count.Key.Outcome == outcome)).Sum(count => count.Value);

    public void Dispose() => _listener.Dispose();
}
