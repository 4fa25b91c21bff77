using System.Runtime.CompilerServices;
using Guildhall.Core.Errors;
using Guildhall.Osu.Internal;
using Guildhall.Osu.Models;
using Microsoft.Extensions.Logging;

namespace Guildhall.Osu.Chat;

/// <summary>
/// The loop behind <see cref="OsuChatClient.WatchMessagesAsync"/>. It only ever asks for messages after the last id it
/// yielded and yields only ids above it, so a page the API repeats (a retried request whose first answer was lost) adds
/// nothing, and a failure between two requests loses nothing: the next request starts where the last yield ended.
/// </summary>
internal sealed class ChatMessageWatcher(OsuChatClient chat, TimeProvider time, ILogger logger, long channelId, ChatWatchOptions options)
{
    public async IAsyncEnumerable<ChatMessage> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var last = options.AfterMessageId ?? await StartingPointAsync(cancellationToken).ConfigureAwait(false);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = await FetchAfterAsync(last, cancellationToken).ConfigureAwait(false);
            if (batch is null)
            {
                await Task.Delay(options.RetryDelay, time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            foreach (var message in batch.Where(m => m.MessageId > last).OrderBy(m => m.MessageId))
            {
                last = message.MessageId;
                yield return message;
            }

            // A full batch means more are waiting: ask again at once.
            if (batch.Count < OsuChatClient.MaxMessagesPerRequest)
            {
                await Task.Delay(options.PollInterval, time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The newest message's id (0 for an empty channel), retried like any other request.</summary>
    private async Task<long> StartingPointAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var newest = await TryAsync(() => chat.GetMessagesPageAsync(channelId, limit: 1, cancellationToken: cancellationToken), cancellationToken).ConfigureAwait(false);
            if (newest is not null)
            {
                return newest.Count == 0 ? 0 : newest.Max(m => m.MessageId);
            }

            await Task.Delay(options.RetryDelay, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task<IReadOnlyList<ChatMessage>?> FetchAfterAsync(long last, CancellationToken cancellationToken) =>
        TryAsync(() => chat.GetMessagesPageAsync(channelId, sinceMessageId: last, cancellationToken: cancellationToken), cancellationToken);

    /// <summary>The answer, or <see langword="null"/> after a failure that retrying can fix (logged); other failures end the stream.</summary>
    private async Task<IReadOnlyList<ChatMessage>?> TryAsync(Func<Task<IReadOnlyList<ChatMessage>>> fetch, CancellationToken cancellationToken)
    {
        try
        {
            return await fetch().ConfigureAwait(false);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && IsTransient(exception))
        {
            OsuLog.ChatWatchRetrying(logger, channelId, options.RetryDelay, exception);
            return null;
        }
    }

    private static bool IsTransient(Exception exception) => exception is
        HttpRequestException or IOException or TimeoutException or OperationCanceledException
        or ApiServerException or ApiRateLimitedException or ApiInvalidResponseException;
}
