using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Builder;
using static Guildhall.TopGg.Tests.Webhooks.WebhookSamples;

namespace Guildhall.TopGg.AspNetCore.Tests;

[CollectionDefinition(nameof(WebhookTelemetryTests), DisableParallelization = true)]
public sealed class MeterTestsRunAlone;

/// <summary>Meters are process-wide, so these tests run alone.</summary>
[Collection(nameof(WebhookTelemetryTests))]
public sealed class WebhookTelemetryTests
{
    [Fact]
    public async Task Each_delivery_is_counted_with_its_outcome_and_format_and_handlers_are_timed()
    {
        var deliveries = new ConcurrentQueue<(string Outcome, string Format)>();
        var handlerRuns = new ConcurrentQueue<bool>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, meterListener) =>
        {
            if (instrument.Meter.Name == "Guildhall" && instrument.Name.StartsWith("guildhall.topgg.webhook.", StringComparison.Ordinal))
            {
                meterListener.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) => deliveries.Enqueue((Tag(tags, "guildhall.topgg.webhook.outcome"), Tag(tags, "guildhall.topgg.webhook.format"))));
        listener.SetMeasurementEventCallback<double>((_, _, tags, _) => handlerRuns.Enqueue(Tag(tags, "guildhall.topgg.webhook.handler.succeeded") == "True"));
        listener.Start();
        await using var host = await WebhookTestHost.StartAsync(app => app.MapTopGgWebhooks("/dbl", (_, _) => ValueTask.CompletedTask));

        using var handled = await host.PostSignedAsync("/dbl", VoteCreate);
        using var duplicate = await host.PostSignedAsync("/dbl", VoteCreate);
        using var refused = await host.PostLegacyAsync("/dbl", LegacyBotVote, "wrong");

        Assert.Equal([("handled", "v2"), ("duplicate", "v2"), ("InvalidCredentials", "legacy")], deliveries);
        Assert.Equal([true], handlerRuns);
    }

    private static string Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string name)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == name)
            {
                return Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
            }
        }

        return "";
    }
}
