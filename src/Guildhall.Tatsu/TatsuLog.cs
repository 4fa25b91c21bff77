using Microsoft.Extensions.Logging;

namespace Guildhall.Tatsu;

/// <summary>The Tatsu client's own log lines (the pipeline logs requests). None carries the key.</summary>
internal static partial class TatsuLog
{
    [LoggerMessage(101, LogLevel.Debug, "{Operation} applied {Amount}; {Applied} of {Total} done")]
    public static partial void ChunkApplied(ILogger logger, string operation, int amount, ulong applied, ulong total);

    [LoggerMessage(102, LogLevel.Warning, "{Operation} stopped after applying {Applied} of {Total}: {ErrorType}")]
    public static partial void AdjustmentIncomplete(ILogger logger, string operation, ulong applied, ulong total, string errorType);
}
