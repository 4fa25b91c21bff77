using System.Collections.Concurrent;
using Guildhall.Core.Errors;
using Guildhall.TopGg.Models;

namespace Guildhall.TopGg.Tests.Autopost;

/// <summary>A bot client whose stats posts succeed or throw as scripted, recording each post with the fake clock's time.</summary>
internal sealed class ScriptedBotsClient(TimeProvider time) : TopGgBotsClient
{
    private readonly ConcurrentQueue<Exception> _failures = new();

    public ConcurrentQueue<(DateTimeOffset At, TopGgStatsUpdate Update)> Posts { get; } = new();

    /// <summary>When set, a post waits for it (or for cancellation).</summary>
    public TaskCompletionSource? Gate { get; set; }

    public void FailWith(params Exception[] failures)
    {
        foreach (var failure in failures)
        {
            _failures.Enqueue(failure);
        }
    }

    public override async Task PostStatsAsync(TopGgStatsUpdate stats, CancellationToken cancellationToken = default)
    {
        Posts.Enqueue((time.GetUtcNow(), stats));
        if (Gate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        if (_failures.TryDequeue(out var failure))
        {
            throw failure;
        }
    }

    public static ApiUnauthorizedException Unauthorized() => new("Top.gg answered 401 Unauthorized.", Context());

    public static ApiForbiddenException Forbidden() => new("Top.gg answered 403 Forbidden.", Context());

    public static ApiRateLimitedException RateLimited(TimeSpan retryAfter) => new("Top.gg answered 429.", Context(), retryAfter, isClientSide: false);

    public static ApiServerException ServerError() => new("Top.gg answered 502.", Context());

    private static ApiErrorContext Context() => new("topgg", "bots.stats.post", null, new ApiErrorDetails());
}
