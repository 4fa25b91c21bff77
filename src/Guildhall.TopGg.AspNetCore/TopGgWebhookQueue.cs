using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Guildhall.TopGg.AspNetCore;

/// <summary>The bounded queue between queued endpoints and <see cref="TopGgWebhookQueueWorker"/>.</summary>
internal sealed class TopGgWebhookQueue
{
    private readonly Channel<QueuedDelivery> _channel;

    public TopGgWebhookQueue(IOptions<TopGgWebhookQueueOptions> options)
    {
        var settings = options.Value;
        settings.Validate();
        _channel = Channel.CreateBounded<QueuedDelivery>(new BoundedChannelOptions(settings.Capacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = settings.Concurrency == 1,
        });
    }

    public ChannelReader<QueuedDelivery> Reader => _channel.Reader;

    /// <summary>Queues a delivery; <see langword="false"/> when the queue is full or closed.</summary>
    public bool TryEnqueue(QueuedDelivery delivery) => _channel.Writer.TryWrite(delivery);

    /// <summary>Accepts no more deliveries; those already queued are still handled.</summary>
    public void Complete() => _channel.Writer.TryComplete();
}
