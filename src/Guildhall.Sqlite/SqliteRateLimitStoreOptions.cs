namespace Guildhall.Sqlite;

/// <summary>Settings of a <see cref="SqliteRateLimitStore"/>.</summary>
public sealed class SqliteRateLimitStoreOptions
{
    /// <summary>The database file; created with its folder and tables on first use. Required.</summary>
    public string? DatabasePath { get; set; }

    /// <summary>
    /// Prepended to every bucket key, to keep budgets apart that share a file but not a limit (the same token against
    /// two different servers, say). Default: none.
    /// </summary>
    public string KeyPrefix { get; set; } = "";

    /// <summary>
    /// The clock the buckets are kept by. Every process sharing the file is on the same machine, so the system clock
    /// (the default) is one clock for all of them; tests pass a fake one.
    /// </summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>How long an operation waits for another process's write lock before failing. Default 10 seconds.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentException">The path is missing, the prefix is null or the timeout is not positive.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(DatabasePath))
        {
            throw new ArgumentException("Set the path of the rate-limit database file.", nameof(DatabasePath));
        }

        ArgumentNullException.ThrowIfNull(KeyPrefix, nameof(KeyPrefix));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(BusyTimeout, TimeSpan.Zero, nameof(BusyTimeout));
    }
}
