using Guildhall.TopGg.AspNetCore;
using Guildhall.TopGg.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace Guildhall.Redis.AspNetCore;

/// <summary>
/// Durable vote delivery as <see cref="DurableVoteDeliveryExtensions.AddDurableVoteDelivery"/> wires it: the receiver appends votes to
/// the stream and hands every other event to the application's <see cref="ITopGgWebhookHandler"/> at once; the consumer
/// hands each vote from the stream to that same handler.
/// </summary>
internal static class DurableVoteRoute
{
    /// <summary>
    /// Makes an endpoint without a handler of its own append votes before it answers. The endpoint answers 2xx only once
    /// Redis has the vote and 500 (releasing its deduplication claim, so Top.gg delivers again) otherwise, which holds only
    /// if the append runs inline and ends before the reply deadline (an inline handler that overruns it is answered 202
    /// and its failure only logged): so the endpoint runs inline, and the append is cut off before the deadline.
    /// </summary>
    /// <exception cref="InvalidOperationException">The stream's outage wait does not end before the endpoint's reply deadline.</exception>
    public static void Apply(TopGgWebhookEndpointOptions endpoint, RedisVoteStreamWriter writer, IServiceScopeFactory scopes, RedisOutageOptions outage)
    {
        if (endpoint.Handler is not null)
        {
            return;
        }

        if (outage.FailClosedWait >= endpoint.ReplyDeadline)
        {
            throw new InvalidOperationException(
                $"Durable vote delivery answers Top.gg only once Redis has the vote, within the reply deadline ({endpoint.ReplyDeadline.TotalMilliseconds:0} ms): " +
                $"the vote stream's outage wait (VoteStream.Outage.FailClosedWait, {outage.FailClosedWait.TotalMilliseconds:0} ms) must be shorter.");
        }

        endpoint.ProcessingMode = TopGgWebhookProcessingMode.Inline;
        endpoint.Handler = Receiver(writer, scopes, AppendBound(endpoint.ReplyDeadline, outage.FailClosedWait), endpoint.TimeProvider);
    }

    /// <summary>
    /// How long an append may run: the whole outage wait and half of what is left of the reply deadline after it, so a
    /// last attempt that hangs (Redis paused, or a slow network) is cut off with time to spare for the 500.
    /// </summary>
    public static TimeSpan AppendBound(TimeSpan replyDeadline, TimeSpan failClosedWait) => failClosedWait + ((replyDeadline - failClosedWait) / 2);

    /// <summary>The receiver's handler: votes to the stream (answered once Redis has them), other events to the application's handler.</summary>
    public static Func<TopGgWebhookEvent, CancellationToken, ValueTask> Receiver(RedisVoteStreamWriter writer, IServiceScopeFactory scopes, TimeSpan appendBound, TimeProvider clock) =>
        (webhookEvent, cancellationToken) => webhookEvent is TopGgVoteEvent vote
            ? AppendWithinAsync(writer, vote, appendBound, clock, cancellationToken)
            : scopes.HandleTopGgWebhookAsync(webhookEvent, cancellationToken);

    /// <summary>Appends the vote, or fails once <paramref name="bound"/> passed (an append cut off may still reach Redis: the retry then repeats the vote).</summary>
    private static async ValueTask AppendWithinAsync(RedisVoteStreamWriter writer, TopGgVoteEvent vote, TimeSpan bound, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(bound, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
        try
        {
            // The guard stops retrying on the token, but a command already sent cannot be cancelled: stop waiting for it too.
            await writer.AppendAsync(vote, linked.Token).AsTask().WaitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new SharedStateUnavailableException(RedisVoteStreamWriter.Part, bound, exception);
        }
    }
}
