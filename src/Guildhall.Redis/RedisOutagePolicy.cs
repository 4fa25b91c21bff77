namespace Guildhall.Redis;

/// <summary>What a shared part does while Redis cannot be reached.</summary>
public enum RedisOutagePolicy
{
    /// <summary>
    /// Keep trying Redis for <see cref="RedisOutageOptions.FailClosedWait"/>, then fail the call with
    /// <see cref="SharedStateUnavailableException"/>: no request goes out that the shared budget did not grant.
    /// </summary>
    FailClosed,

    /// <summary>
    /// Grant from a budget kept in this process, cut to <see cref="RedisOutageOptions.LocalShare"/> of each limit (this
    /// process's conservative share of what all of them may send), and go back to Redis as soon as it answers.
    /// </summary>
    LocalFallback,
}
