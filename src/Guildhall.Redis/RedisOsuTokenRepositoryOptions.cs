namespace Guildhall.Redis;

/// <summary>Settings of a <see cref="RedisOsuTokenRepository"/>.</summary>
public sealed class RedisOsuTokenRepositoryOptions
{
    /// <summary>Prepended to every key, to keep Guildhall's keys apart from the application's. Default <c>guildhall:osu:</c>.</summary>
    public string KeyPrefix { get; set; } = "guildhall:osu:";

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentException">The prefix is missing.</exception>
    public void Validate() => ArgumentException.ThrowIfNullOrEmpty(KeyPrefix, nameof(KeyPrefix));
}
