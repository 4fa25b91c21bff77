using Guildhall.Core.Json.Wire;

namespace Guildhall.Core.Tests.Json.Wire;

public sealed class WireTraceTests
{
    [Fact]
    public void A_trace_with_nothing_to_remember_holds_nothing()
    {
        var trace = new WireTraceBuilder().Build();

        Assert.Null(WireTraceData.For(0, 0, 0, null));
        Assert.Equal((0UL, 0UL, 0UL), (trace.NullsLow, trace.NullsHigh, trace.Dates));
        Assert.Null(trace.Memory);
    }

    [Fact]
    public void Traces_sent_alike_share_one_instance_and_keep_what_each_says()
    {
        var first = WireTraceData.For(0b1011, 1UL << 60, 42, null);
        var second = WireTraceData.For(0b1011, 1UL << 60, 42, null);

        Assert.Same(first, second);
        Assert.Equal((0b1011UL, 1UL << 60, 42UL), (second!.NullsLow, second.NullsHigh, second.Dates));
    }

    [Fact]
    public void Many_distinct_traces_each_read_back_as_built_whatever_the_cache_holds()
    {
        var random = new Random(20261205);
        var built = Enumerable.Range(0, 5_000)
            .Select(_ => ((ulong)random.NextInt64(1, long.MaxValue), (ulong)random.NextInt64(), (ulong)random.Next(0, 3)))
            .ToList();

        var traces = built.Select(words => WireTraceData.For(words.Item1, words.Item2, words.Item3, null)).ToList();

        Assert.Equal(built, traces.Select(trace => (trace!.NullsLow, trace.NullsHigh, trace.Dates)));
    }

    [Fact]
    public void A_trace_with_kept_json_is_its_models_own()
    {
        var builder = new WireTraceBuilder();
        builder.MarkNull(3);
        builder.KeepRaw(5, "\"7\""u8.ToArray(), 7L);
        var sameNulls = new WireTraceBuilder();
        sameNulls.MarkNull(3);

        var kept = builder.Build();
        var shared = sameNulls.Build();

        Assert.True(kept.Memory!.TryGetRaw(5, out var raw, out var value));
        Assert.Equal(("\"7\"", 7L), (System.Text.Encoding.UTF8.GetString(raw), value));
        Assert.Null(shared.Memory);
        Assert.True(kept.WasNull(3) && shared.WasNull(3) && !shared.WasNull(5));
    }
}
