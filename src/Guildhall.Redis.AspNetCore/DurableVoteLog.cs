using Microsoft.Extensions.Logging;

namespace Guildhall.Redis.AspNetCore;

/// <summary>The hosted consumer's log messages, in the vote stream's category beside the consumer's own.</summary>
internal static partial class DurableVoteLog
{
    public const string Category = "Guildhall.Redis.VoteStream";

    [LoggerMessage(EventId = 7106, Level = LogLevel.Error, Message = "The vote consumer failed; it starts again in {RetryIn}")]
    public static partial void ConsumerFailed(ILogger logger, Exception exception, TimeSpan retryIn);
}
