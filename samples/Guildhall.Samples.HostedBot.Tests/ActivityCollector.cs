using System.Collections.Concurrent;
using System.Diagnostics;
using OpenTelemetry;

namespace Guildhall.Samples.HostedBot.Tests;

/// <summary>An OpenTelemetry processor that keeps every activity the bot's tracer provider ended.</summary>
public sealed class ActivityCollector : BaseProcessor<Activity>
{
    private readonly ConcurrentQueue<Activity> _ended = new();

    /// <summary>The activities ended so far.</summary>
    public IReadOnlyList<Activity> Ended => [.. _ended];

    public override void OnEnd(Activity data) => _ended.Enqueue(data);
}
