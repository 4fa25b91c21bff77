using System.Diagnostics.Metrics;

namespace Guildhall.Redis;

/// <summary>
/// The package's metrics, on the meter <see cref="MeterName"/>: <c>guildhall.redis.votes.appended</c>,
/// <c>guildhall.redis.votes.handled</c>, <c>guildhall.redis.votes.handler_failures</c>, <c>guildhall.redis.votes.claimed</c>
/// (taken over from a consumer that stopped) and <c>guildhall.redis.votes.dead_lettered</c>.
/// </summary>
public static class RedisTelemetry
{
    /// <summary>The name of the meter, to subscribe to with OpenTelemetry (<c>AddMeter(RedisTelemetry.MeterName)</c>).</summary>
    public const string MeterName = "Guildhall.Redis";

    private static readonly Meter Meter = new(MeterName);

    internal static readonly Counter<long> VotesAppended = Meter.CreateCounter<long>("guildhall.redis.votes.appended", description: "Votes appended to the stream before the receiver answered.");
    internal static readonly Counter<long> VotesHandled = Meter.CreateCounter<long>("guildhall.redis.votes.handled", description: "Votes a handler finished and the consumer acknowledged.");
    internal static readonly Counter<long> HandlerFailures = Meter.CreateCounter<long>("guildhall.redis.votes.handler_failures", description: "Deliveries of a vote to a handler that threw.");
    internal static readonly Counter<long> VotesClaimed = Meter.CreateCounter<long>("guildhall.redis.votes.claimed", description: "Votes claimed from a consumer that left them unacknowledged.");
    internal static readonly Counter<long> OutageCalls = Meter.CreateCounter<long>("guildhall.redis.outage.calls", description: "Calls made while Redis was unreachable, by what the policy did.");
    internal static readonly Counter<long> VotesDeadLettered = Meter.CreateCounter<long>("guildhall.redis.votes.dead_lettered", description: "Votes moved to the dead-letter stream after too many failed deliveries.");
}
