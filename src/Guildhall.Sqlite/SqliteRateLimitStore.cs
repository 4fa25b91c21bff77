using System.Globalization;
using Guildhall.Core.RateLimiting;
using Microsoft.Data.Sqlite;

namespace Guildhall.Sqlite;

/// <summary>
/// An <see cref="IRateLimitStore"/> in a SQLite file, so every process on the machine that uses the same token shares
/// one budget and one block: bots running as several processes without Redis, or a command-line tool whose every run
/// is a new process. The database runs in WAL mode; every operation is one immediate transaction (it takes the write
/// lock up front, so concurrent processes serialize instead of deadlocking) that waits up to
/// <see cref="SqliteRateLimitStoreOptions.BusyTimeout"/> for the lock. Times are kept in ticks of the store's clock, so
/// nothing is rounded. SQLite works synchronously, so each operation completes before it returns; within a process,
/// operations on one store run one at a time. Thread-safe; connections are pooled and opened per operation, so the
/// store holds nothing that needs disposing.
/// </summary>
public sealed class SqliteRateLimitStore : IRateLimitStore
{
    private readonly string _connectionString;
    private readonly string _databasePath;
    private readonly int _busyTimeoutMilliseconds;
    private readonly string _prefix;
    private readonly TimeProvider _timeProvider;
    private readonly Lock _gate = new();
    private bool _schemaReady;

    /// <summary>Creates a store over a database file.</summary>
    /// <param name="databasePath">The file; created on first use.</param>
    public SqliteRateLimitStore(string databasePath)
        : this(new SqliteRateLimitStoreOptions { DatabasePath = databasePath })
    {
    }

    /// <summary>Creates a store.</summary>
    /// <param name="options">The settings, validated here.</param>
    public SqliteRateLimitStore(SqliteRateLimitStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _databasePath = Path.GetFullPath(options.DatabasePath!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = _databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds)),
        }.ToString();
        _busyTimeoutMilliseconds = (int)Math.Min(int.MaxValue, options.BusyTimeout.TotalMilliseconds);
        _prefix = options.KeyPrefix;
        _timeProvider = options.TimeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public ValueTask<RateLimitDecision> TryAcquireAsync(IReadOnlyList<RateLimitRule> rules, TimeSpan maxInFlight, CancellationToken cancellationToken = default)
    {
        RateLimitArguments.CheckAcquire(rules, maxInFlight);
        return InTransaction((session, now) =>
        {
            session.Execute(
                """
                DELETE FROM rate_limit_slots WHERE release_ticks <= $now;
                DELETE FROM rate_limit_blocks WHERE until_ticks <= $now;
                DELETE FROM rate_limit_server WHERE reset_ticks <= $now;
                """,
                ("$now", now.UtcTicks));

            if (RateLimitBucketState.Refusal(rules, now, (Store: this, Session: session, Now: now), static (at, rule) => ReadState(at.Session, at.Store.Bucket(rule.Key), at.Now)) is { } refusal)
            {
                return refusal;
            }

            var lease = new RateLimitLease(Guid.NewGuid().ToString("N"), rules);
            foreach (var rule in rules)
            {
                session.Execute(
                    """
                    INSERT INTO rate_limit_slots (bucket, lease, taken_ticks, release_ticks, cost) VALUES ($bucket, $lease, $now, $release, $cost);
                    UPDATE rate_limit_server SET remaining = remaining - $cost WHERE bucket = $bucket AND reset_ticks > $now;
                    """,
                    ("$bucket", Bucket(rule.Key)),
                    ("$lease", lease.Id),
                    ("$cost", rule.Cost),
                    ("$now", now.UtcTicks),
                    ("$release", (now + maxInFlight + rule.ReleaseDelay).UtcTicks));
            }

            return RateLimitDecision.Granted(lease);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask CompleteAsync(RateLimitLease lease, RateLimitServerState? serverState = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        await InTransaction((session, now) =>
        {
            for (var i = 0; i < lease.Rules.Count; i++)
            {
                var rule = lease.Rules[i];
                var bucket = Bucket(rule.Key);
                if (i == 0 && serverState is { } reported)
                {
                    RecordServerWord(session, bucket, lease.Id, rule, reported, now);
                }

                // A slot already forgotten (completed after its bound and a window) counts again from now.
                session.Execute(
                    """
                    INSERT INTO rate_limit_slots (bucket, lease, taken_ticks, release_ticks, cost) VALUES ($bucket, $lease, $now, $release, $cost)
                    ON CONFLICT (bucket, lease) DO UPDATE SET release_ticks = excluded.release_ticks;
                    """,
                    ("$bucket", bucket),
                    ("$lease", lease.Id),
                    ("$cost", rule.Cost),
                    ("$now", now.UtcTicks),
                    ("$release", (now + rule.ReleaseDelay).UtcTicks));
            }

            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask BlockAsync(string key, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await InTransaction((session, _) =>
        {
            session.Execute(
                """
                INSERT INTO rate_limit_blocks (bucket, until_ticks) VALUES ($bucket, $until)
                ON CONFLICT (bucket) DO UPDATE SET until_ticks = MAX(until_ticks, excluded.until_ticks);
                """,
                ("$bucket", Bucket(key)),
                ("$until", until.UtcTicks));
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public ValueTask<RateLimitSnapshot> GetSnapshotAsync(RateLimitRule rule, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return InTransaction((session, now) => ReadState(session, Bucket(rule.Key), now).Snapshot(rule, now), cancellationToken);
    }

    private static RateLimitBucketState ReadState(SqliteSession session, string bucket, DateTimeOffset now)
    {
        var (occupied, earliest) = session.ReadRow(
            "SELECT COALESCE(SUM(cost), 0), MIN(release_ticks) FROM rate_limit_slots WHERE bucket = $bucket AND release_ticks > $now",
            reader => (reader.GetInt32(0), reader.IsDBNull(1) ? (DateTimeOffset?)null : At(reader.GetInt64(1))),
            ("$bucket", bucket),
            ("$now", now.UtcTicks));
        var blockedUntil = session.ReadRow(
            "SELECT until_ticks FROM rate_limit_blocks WHERE bucket = $bucket AND until_ticks > $now",
            reader => (DateTimeOffset?)At(reader.GetInt64(0)),
            ("$bucket", bucket),
            ("$now", now.UtcTicks));
        return new RateLimitBucketState(occupied, earliest, blockedUntil, ReadServerWord(session, bucket, now));
    }

    private static RateLimitServerCount? ReadServerWord(SqliteSession session, string bucket, DateTimeOffset now) =>
        session.ReadRow(
            "SELECT reported, remaining, reset_ticks, at_ticks FROM rate_limit_server WHERE bucket = $bucket AND reset_ticks > $now",
            reader => (RateLimitServerCount?)new RateLimitServerCount(reader.GetInt32(0), reader.GetInt32(1), At(reader.GetInt64(2)), At(reader.GetInt64(3))),
            ("$bucket", bucket),
            ("$now", now.UtcTicks));

    /// <summary>Keeps what the answer's headers said, as <see cref="RateLimitServerCount.Apply(RateLimitServerCount?, RateLimitServerState, int, DateTimeOffset, DateTimeOffset, int)"/> decides.</summary>
    private static void RecordServerWord(SqliteSession session, string bucket, string lease, RateLimitRule rule, RateLimitServerState reported, DateTimeOffset now)
    {
        var takenTicks = session.ReadRow(
            "SELECT taken_ticks FROM rate_limit_slots WHERE bucket = $bucket AND lease = $lease",
            reader => (long?)reader.GetInt64(0),
            ("$bucket", bucket),
            ("$lease", lease));

        // A slot in flight frees no sooner than its bound plus the delay; a completed one within the delay from now.
        var othersInFlight = session.ReadRow(
            "SELECT COALESCE(SUM(cost), 0) FROM rate_limit_slots WHERE bucket = $bucket AND lease <> $lease AND release_ticks > $after",
            reader => reader.GetInt32(0),
            ("$bucket", bucket),
            ("$lease", lease),
            ("$after", (now + rule.ReleaseDelay).UtcTicks));
        var takenAt = takenTicks is { } ticks ? At(ticks) : DateTimeOffset.MaxValue;
        if (RateLimitServerCount.Apply(ReadServerWord(session, bucket, now), reported, othersInFlight, takenAt, now, rule.Cost) is { } kept)
        {
            session.Execute(
                """
                INSERT INTO rate_limit_server (bucket, reported, remaining, reset_ticks, at_ticks) VALUES ($bucket, $reported, $remaining, $reset, $at)
                ON CONFLICT (bucket) DO UPDATE SET reported = excluded.reported, remaining = excluded.remaining, reset_ticks = excluded.reset_ticks, at_ticks = excluded.at_ticks;
                """,
                ("$bucket", bucket),
                ("$reported", kept.Reported),
                ("$remaining", kept.Remaining),
                ("$reset", kept.ResetAt.UtcTicks),
                ("$at", kept.At.UtcTicks));
        }
        else
        {
            session.Execute("DELETE FROM rate_limit_server WHERE bucket = $bucket", ("$bucket", bucket));
        }
    }

    private static DateTimeOffset At(long utcTicks) => new(utcTicks, TimeSpan.Zero);

    private string Bucket(string key) => _prefix + key;

    /// <summary>Runs <paramref name="work"/> in one immediate transaction, reading the clock once the write lock is held.</summary>
    private ValueTask<T> InTransaction<T>(Func<SqliteSession, DateTimeOffset, T> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            using var connection = Open();

            // Not deferred (BEGIN IMMEDIATE): take the write lock up front, so two processes never both read and then
            // deadlock on upgrading to a write.
            using var transaction = connection.BeginTransaction(deferred: false);
            var result = work(new SqliteSession(connection, transaction), _timeProvider.GetUtcNow());
            transaction.Commit();
            return ValueTask.FromResult(result);
        }
    }

    /// <summary>
    /// Gives a file made before requests had a cost its <c>cost</c> column (one for every slot it holds). Two processes
    /// may both find it missing; the second one's <c>ALTER</c> then fails on the column the first added, which is fine.
    /// </summary>
    private static void AddCostColumn(SqliteSession session)
    {
        var present = session.ReadRow("SELECT COUNT(*) FROM pragma_table_info('rate_limit_slots') WHERE name = 'cost'", reader => reader.GetInt32(0));
        if (present > 0)
        {
            return;
        }

        try
        {
            session.Execute("ALTER TABLE rate_limit_slots ADD COLUMN cost INTEGER NOT NULL DEFAULT 1");
        }
        catch (SqliteException exception) when (exception.Message.Contains("duplicate column", StringComparison.OrdinalIgnoreCase))
        {
            // Another process added it between the check and the ALTER.
        }
    }

    private SqliteConnection Open()
    {
        if (!_schemaReady)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_databasePath)!);
        }

        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            var session = new SqliteSession(connection, null);

            // WAL: readers never wait for the writer, and a commit needs no fsync of the main file. A crash can lose the
            // last commits but never corrupts the file, and losing a few slots' state costs at most one window's pacing.
            session.Execute(string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {_busyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL;"));
            if (!_schemaReady)
            {
                session.Execute(
                    """
                    PRAGMA journal_mode = WAL;
                    CREATE TABLE IF NOT EXISTS rate_limit_slots (
                        bucket TEXT NOT NULL,
                        lease TEXT NOT NULL,
                        taken_ticks INTEGER NOT NULL,
                        release_ticks INTEGER NOT NULL,
                        cost INTEGER NOT NULL DEFAULT 1,
                        PRIMARY KEY (bucket, lease)) WITHOUT ROWID;
                    CREATE INDEX IF NOT EXISTS rate_limit_slots_by_release ON rate_limit_slots (bucket, release_ticks);
                    CREATE INDEX IF NOT EXISTS rate_limit_slots_expiry ON rate_limit_slots (release_ticks);
                    CREATE TABLE IF NOT EXISTS rate_limit_blocks (bucket TEXT PRIMARY KEY, until_ticks INTEGER NOT NULL) WITHOUT ROWID;
                    CREATE TABLE IF NOT EXISTS rate_limit_server (
                        bucket TEXT PRIMARY KEY,
                        reported INTEGER NOT NULL,
                        remaining INTEGER NOT NULL,
                        reset_ticks INTEGER NOT NULL,
                        at_ticks INTEGER NOT NULL) WITHOUT ROWID;
                    """);
                AddCostColumn(session);
                _schemaReady = true;
            }

            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
