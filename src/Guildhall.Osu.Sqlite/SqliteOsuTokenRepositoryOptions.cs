namespace Guildhall.Osu.Sqlite;

/// <summary>Settings of a <see cref="SqliteOsuTokenRepository"/>.</summary>
public sealed class SqliteOsuTokenRepositoryOptions
{
    /// <summary>The database file; created with its table on first use. Required unless <see cref="ConnectionString"/> is set.</summary>
    public string? DatabasePath { get; set; }

    /// <summary>A full Microsoft.Data.Sqlite connection string, used instead of <see cref="DatabasePath"/> when set.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>How long a call waits for another connection's write lock before failing. Default 10 seconds.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentException">Neither a path nor a connection string is set, or the timeout is not positive.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(DatabasePath) && string.IsNullOrWhiteSpace(ConnectionString))
        {
            throw new ArgumentException("Set the database path (or a connection string) of the osu! token database.", nameof(DatabasePath));
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(BusyTimeout, TimeSpan.Zero, nameof(BusyTimeout));
    }
}
