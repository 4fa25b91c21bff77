using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Guildhall.Sandbox.Hosting;
using Guildhall.Sandbox.TopGg.Wire;

namespace Guildhall.Sandbox.TopGg.State;

/// <summary>
/// Sends webhooks the way Top.gg does (see <see cref="TopGgDeliveryPolicy"/>) through the sandbox's outbound client, in
/// the background, and keeps a record of every attempt for the admin routes. Delays go through the host's
/// <see cref="TimeProvider"/>, scaled by <see cref="SandboxOptions.DeliveryDelayScale"/>.
/// </summary>
internal sealed class TopGgVoteDeliveryService(SandboxOutbound outbound, TimeProvider clock, SandboxOptions options) : IDisposable
{
    private readonly ConcurrentDictionary<string, TopGgDeliveryRecord> _records = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private int _sequence;

    public TopGgDeliveryRecord Start(TopGgDeliveryRequest request, string body)
    {
        var id = $"dlv_{Interlocked.Increment(ref _sequence)}";
        var record = new TopGgDeliveryRecord(id, request, body, RandomNumberGenerator.GetHexString(32, lowercase: true));
        _records[id] = record;
        _ = Task.Run(() => RunAsync(record), CancellationToken.None);
        return record;
    }

    public TopGgDeliveryRecord? Find(string id) => _records.GetValueOrDefault(id);

    public IReadOnlyList<TopGgDeliveryRecord> All() => [.. _records.Values.OrderBy(r => r.Id.Length).ThenBy(r => r.Id, StringComparer.Ordinal)];

    /// <summary>Waits until the delivery is final, or <paramref name="max"/> passes, or the caller gives up.</summary>
    public async Task WaitAsync(TopGgDeliveryRecord record, TimeSpan max, CancellationToken cancellationToken)
    {
        try
        {
            await record.Finished.WaitAsync(max, clock, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // The caller gets the record as it stands, still pending.
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private async Task RunAsync(TopGgDeliveryRecord record)
    {
        var attempts = TopGgDeliveryPolicy.MaxRetries(record.Request.Format) + 1;
        try
        {
            for (var number = 1; number <= attempts; number++)
            {
                var delay = number == 1 ? TimeSpan.Zero : TopGgDeliveryPolicy.DelayBeforeRetry(number - 1);
                var scaled = delay * options.DeliveryDelayScale;
                if (scaled > TimeSpan.Zero)
                {
                    await Task.Delay(scaled, clock, _stopping.Token).ConfigureAwait(false);
                }

                var (attempt, reply) = await SendOnceAsync(record, number, delay).ConfigureAwait(false);
                record.AddAttempt(attempt, reply);
                if (!attempt.IsRetryable)
                {
                    record.Finish(attempt.Outcome == "delivered");
                    return;
                }
            }

            record.Finish(delivered: false);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            record.Finish(delivered: false);
        }
    }

    private async Task<(TopGgDeliveryAttempt Attempt, JsonNode? Reply)> SendOnceAsync(TopGgDeliveryRecord record, int number, TimeSpan delay)
    {
        var startedAt = clock.GetUtcNow();
        TopGgDeliveryAttempt Attempt(int? status, string outcome, string? error = null) =>
            new(number, delay.TotalSeconds, startedAt, status, outcome, error);

        using var timeout = new CancellationTokenSource(TopGgDeliveryPolicy.AttemptTimeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, _stopping.Token);
        using var message = BuildMessage(record, startedAt);
        try
        {
            using var response = await outbound.Client.SendAsync(message, linked.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            var text = await response.Content.ReadAsStringAsync(linked.Token).ConfigureAwait(false);
            if (status is >= 500 and <= 599)
            {
                return (Attempt(status, "server-error"), null);
            }

            if (status is >= 400 and <= 499)
            {
                return (Attempt(status, "client-error"), null);
            }

            if (status is < 200 or > 299)
            {
                return (Attempt(status, "unexpected-status"), null);
            }

            if (record.Request is { Format: TopGgDeliveryFormat.V2, Event: "integration.create" })
            {
                var (reply, problem) = TopGgIntegrationReply.Check(text);
                return (problem is null ? Attempt(status, "delivered") : Attempt(status, "invalid-reply", problem), reply);
            }

            // Top.gg ignores the answer; the sandbox keeps a JSON one so a sender can see what the receiver made of the
            // delivery (a receiver that deduplicates answers {"status": "duplicate"}).
            return (Attempt(status, "delivered"), JsonReply(text));
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !_stopping.IsCancellationRequested)
        {
            return (Attempt(null, "timeout", $"No answer within {TopGgDeliveryPolicy.AttemptTimeout.TotalSeconds} seconds."), null);
        }
        catch (HttpRequestException error)
        {
            return (Attempt(null, "network-error", error.Message), null);
        }
        catch (IOException error)
        {
            return (Attempt(null, "network-error", error.Message), null);
        }
    }

    private static HttpRequestMessage BuildMessage(TopGgDeliveryRecord record, DateTimeOffset now)
    {
        var request = record.Request;
        var message = new HttpRequestMessage(HttpMethod.Post, request.Url)
        {
            Content = new StringContent(record.Body, Encoding.UTF8, "application/json"),
        };
        if (request.Format == TopGgDeliveryFormat.Legacy)
        {
            if (request.Secret.Length > 0)
            {
                message.Headers.TryAddWithoutValidation("Authorization", request.Secret);
            }
        }
        else
        {
            message.Headers.TryAddWithoutValidation(
                TopGgWebhookSignature.HeaderName, TopGgWebhookSignature.Create(request.Secret, now.ToUnixTimeSeconds(), record.Body));
            message.Headers.TryAddWithoutValidation(TopGgWebhookSignature.TraceHeaderName, record.Trace);
        }

        return message;
    }

    private static JsonNode? JsonReply(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
