using System.Collections.Concurrent;
using System.CommandLine;
using Guildhall.Core.RateLimiting;
using Guildhall.Sqlite;

namespace Guildhall.Cli.Commands;

/// <summary>
/// Where the commands of a rate-limited API keep their budget, so that every <c>guildhall</c> process shares one:
/// a SQLite file in the user's configuration folder by default (<c>--rate-limit-store</c>), or Redis with
/// <c>--redis</c>, shared with the bot processes that use the same Redis. Each run is a new process, so an in-memory
/// budget would start empty every time and a shell loop would trip the API's limit.
/// </summary>
internal sealed class RateLimitStoreOptions
{
    /// <summary>The environment variable that names the budget file when <c>--rate-limit-store</c> is absent.</summary>
    public const string FileVariable = "GUILDHALL_RATE_LIMIT_STORE";

    /// <summary>The environment variable that holds the Redis configuration when <c>--redis</c> is absent.</summary>
    public const string RedisVariable = "GUILDHALL_REDIS";

    // One connection per configuration for the life of the process, as StackExchange.Redis intends.
    private static readonly ConcurrentDictionary<string, OnDemandRedisRateLimitStore> RedisStores = new(StringComparer.Ordinal);

    public Option<string> File { get; } = new("--rate-limit-store")
    {
        Description = $"The SQLite file that keeps the rate-limit budget between runs, shared by every guildhall process on this machine. Defaults to {FileVariable}, else rate-limits.db in the user's guildhall configuration folder.",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(FileVariable) is { Length: > 0 } path
            ? path
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "guildhall", "rate-limits.db"),
        Recursive = true,
    };

    public Option<string?> Redis { get; } = new("--redis")
    {
        Description = $"Keep the rate-limit budget in Redis instead (a StackExchange.Redis configuration, e.g. localhost:6379), shared with every bot process using that Redis; `topgg listen` deduplicates deliveries there. Defaults to {RedisVariable}.",
        Recursive = true,
    };

    /// <summary>The Redis configuration from <c>--redis</c> or <see cref="RedisVariable"/>, or <see langword="null"/> when neither is set.</summary>
    public string? RedisConfiguration(ParseResult parse)
    {
        var redis = parse.GetValue(Redis) ?? Environment.GetEnvironmentVariable(RedisVariable);
        return string.IsNullOrWhiteSpace(redis) ? null : redis;
    }

    public void AddTo(Command command)
    {
        command.Options.Add(File);
        command.Options.Add(Redis);
    }

    /// <summary>
    /// The store for a client of the API at <paramref name="baseAddress"/>. In the file, buckets are kept per host, so the
    /// sandbox's budget never holds up calls to the real service; Redis keys are the library's own, so the command shares
    /// the budget of the bots.
    /// </summary>
    public IRateLimitStore Open(ParseResult parse, Uri baseAddress)
    {
        if (RedisConfiguration(parse) is { } redis)
        {
            return RedisStores.GetOrAdd(redis, configuration => new OnDemandRedisRateLimitStore(configuration));
        }

        return new SqliteRateLimitStore(new SqliteRateLimitStoreOptions
        {
            DatabasePath = Path.GetFullPath(parse.GetValue(File)!),
            KeyPrefix = baseAddress.Authority + "/",
        });
    }
}
