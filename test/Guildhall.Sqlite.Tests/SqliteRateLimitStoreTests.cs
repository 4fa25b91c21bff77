using Guildhall.Core.RateLimiting;
using Guildhall.Testing;

namespace Guildhall.Sqlite.Tests;

/// <summary>The store contract on a SQLite file, plus what only a file store must do: survive its process, share with others.</summary>
public sealed class SqliteRateLimitStoreTests : RateLimitStoreContract, IDisposable
{
    private readonly TemporaryFolder _folder = new();

    protected override bool SharesStateAcrossInstances => true;

    protected override IRateLimitStore CreateStore(TimeProvider time) =>
        new SqliteRateLimitStore(new SqliteRateLimitStoreOptions { DatabasePath = _folder.File("limits.db"), TimeProvider = time });

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_budget_outlives_the_store_that_used_it()
    {
        var rule = Rule("restart", 2, TimeSpan.FromMinutes(1));
        var first = CreateStore(Time);
        Assert.True(await RequestAsync(first, rule));
        Assert.True(await RequestAsync(first, rule));

        // No connection survives: the next store reads the file afresh, as the next process would.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var afterRestart = CreateStore(Time);
        var refused = await afterRestart.TryAcquireAsync([rule], LongFlight);

        Assert.False(refused.Acquired);
        Assert.Equal(TimeSpan.FromMinutes(1) + Tick, refused.RetryAfter);
    }

    [Fact]
    public async Task Prefixes_keep_budgets_apart_in_one_file()
    {
        var rule = Rule("prefixed", 1, TimeSpan.FromMinutes(1));
        var sandbox = new SqliteRateLimitStore(new SqliteRateLimitStoreOptions { DatabasePath = _folder.File("limits.db"), TimeProvider = Time, KeyPrefix = "127.0.0.1:5080/" });
        var real = new SqliteRateLimitStore(new SqliteRateLimitStoreOptions { DatabasePath = _folder.File("limits.db"), TimeProvider = Time, KeyPrefix = "top.gg/" });

        Assert.True(await RequestAsync(sandbox, rule));
        Assert.True(await RequestAsync(real, rule));
        Assert.False(await RequestAsync(sandbox, rule));
    }

    [Fact]
    public async Task A_file_from_before_requests_had_a_cost_keeps_its_slots_and_gains_the_cost()
    {
        var path = _folder.File("old.db");
        var rule = Rule("old", 4, TimeSpan.FromMinutes(1));
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText =
                """
                CREATE TABLE rate_limit_slots (bucket TEXT NOT NULL, lease TEXT NOT NULL, taken_ticks INTEGER NOT NULL, release_ticks INTEGER NOT NULL, PRIMARY KEY (bucket, lease)) WITHOUT ROWID;
                INSERT INTO rate_limit_slots VALUES ($bucket, 'before', $now, $release);
                """;
            command.Parameters.AddWithValue("$bucket", rule.Key);
            command.Parameters.AddWithValue("$now", Start.UtcTicks);
            command.Parameters.AddWithValue("$release", (Start + TimeSpan.FromMinutes(2)).UtcTicks);
            command.ExecuteNonQuery();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var store = new SqliteRateLimitStore(new SqliteRateLimitStoreOptions { DatabasePath = path, TimeProvider = Time });

        Assert.True(await RequestAsync(store, rule with { Cost = 3 }));
        Assert.Equal(0, (await store.GetSnapshotAsync(rule)).Remaining);
    }

    [Fact]
    public void Options_without_a_path_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new SqliteRateLimitStore(new SqliteRateLimitStoreOptions()));

        Assert.Equal("DatabasePath", error.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new SqliteRateLimitStore(new SqliteRateLimitStoreOptions { DatabasePath = _folder.File("x.db"), BusyTimeout = TimeSpan.Zero }));
    }
}
