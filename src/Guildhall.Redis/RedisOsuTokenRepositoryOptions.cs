namespace Guildhall.Redis;

/// <summary>Settings of a <see cref="RedisOsuTokenRepository"/>.</summary>
public sealed class RedisOsuTokenRepositoryOptions
{
    /// <summary>Prepended to every key, to keep Guildhall's keys apart from the application's. Default <c>guildhall:osu:</c>.</summary>
    public string KeyPrefix { get; set; } = "guildhall:osu:";

    /// <summary>
    /// What the repository does while Redis cannot be reached. Default <see cref="RedisOutagePolicy.FailClosed"/> (after
    /// 2 s, <see cref="SharedStateUnavailableException"/>). <see cref="RedisOutagePolicy.LocalFallback"/> serves the
    /// sessions this process last read or wrote and keeps new ones in its memory, with a warning: a session refreshed by
    /// this process during the outage has a refresh token the other processes do not know, and osu! revokes the one they
    /// hold, so they may lose that session. <see cref="RedisOutageOptions.LocalShare"/> does not apply.
    /// </summary>
    public RedisOutageOptions Outage { get; } = new();

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentException">The prefix is missing or an outage setting out of range.</exception>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrEmpty(KeyPrefix, nameof(KeyPrefix));
        Outage.Validate();
    }
}
