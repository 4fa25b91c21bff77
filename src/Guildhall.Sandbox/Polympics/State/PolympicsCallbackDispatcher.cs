using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using Guildhall.Sandbox.Hosting;

namespace Guildhall.Sandbox.Polympics.State;

/// <summary>
/// Sends event callbacks the way the server does: one <c>POST</c> to every callback registered for the event, across all
/// apps, with <c>Authorization: Bearer &lt;secret&gt;</c>, 15 seconds in all, answers ignored, never retried. A callback
/// the sandbox may not reach (not on loopback, unless remote delivery is allowed) is recorded with the reason, unsent.
/// </summary>
internal sealed class PolympicsCallbackDispatcher(PolympicsState state, SandboxOutbound outbound, TimeProvider timeProvider)
{
    public const string AccountTeamUpdate = "account_team_update";

    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(15);

    private readonly ConcurrentQueue<PolympicsDelivery> _deliveries = new();

    /// <summary>Every delivery attempted since the last reset, oldest first.</summary>
    public IReadOnlyList<PolympicsDelivery> Deliveries => [.. _deliveries];

    public void Clear() => _deliveries.Clear();

    /// <summary>
    /// Sends the event once the response has gone out, as the server's background task does. Call under the state lock,
    /// which guards the list of callbacks read here.
    /// </summary>
    public void DispatchAfterResponse(HttpContext context, string eventName, JsonObject payload)
    {
        var targets = TargetsOf(eventName);
        context.Response.OnCompleted(() =>
        {
            _ = Task.Run(() => DeliverAsync(targets, eventName, payload));
            return Task.CompletedTask;
        });
    }

    /// <summary>The callbacks registered for the event, across all apps. Call under the state lock.</summary>
    public List<PolympicsCallback> TargetsOf(string eventName) => state.Callbacks.Where(c => c.Event == eventName).ToList();

    /// <summary>Sends the event to <paramref name="targets"/> and returns what each receiver answered. Call outside the state lock.</summary>
    public async Task<PolympicsDelivery[]> DeliverAsync(IReadOnlyList<PolympicsCallback> targets, string eventName, JsonObject payload)
    {
        var body = payload.ToJsonString();
        using var timeout = new CancellationTokenSource(DeliveryTimeout, timeProvider);
        return await Task.WhenAll(targets.Select(target => DeliverOneAsync(target, eventName, body, timeout.Token))).ConfigureAwait(false);
    }

    private async Task<PolympicsDelivery> DeliverOneAsync(PolympicsCallback target, string eventName, string body, CancellationToken cancellationToken)
    {
        var sentAt = timeProvider.GetUtcNow();
        if (outbound.Refusal(new Uri(target.Url)) is { } refusal)
        {
            return Record(target, eventName, body, null, refusal, sentAt);
        }

        int? status = null;
        string? error = null;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, target.Url)
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", target.Secret);
            using var response = await outbound.Client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            status = (int)response.StatusCode;
        }
        catch (HttpRequestException exception)
        {
            error = exception.Message;
        }
        catch (OperationCanceledException)
        {
            error = "timed out after 15 seconds";
        }

        return Record(target, eventName, body, status, error, sentAt);
    }

    private PolympicsDelivery Record(PolympicsCallback target, string eventName, string body, int? status, string? error, DateTimeOffset sentAt)
    {
        var delivery = new PolympicsDelivery(target.Url, eventName, body, status, error, sentAt);
        _deliveries.Enqueue(delivery);
        return delivery;
    }
}
