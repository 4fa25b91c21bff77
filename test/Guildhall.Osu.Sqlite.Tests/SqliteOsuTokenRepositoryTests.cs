using Guildhall.Osu.Authentication;
using Guildhall.Osu.Tests.Authentication;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Guildhall.Osu.Sqlite.Tests;

public sealed class SqliteOsuTokenRepositoryTests : OsuTokenRepositoryContract, IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    protected override IOsuTokenRepository CreateRepository() => new SqliteOsuTokenRepository(_database.Path);

    [Fact]
    public async Task Tokens_survive_a_restart()
    {
        await new SqliteOsuTokenRepository(_database.Path).AddAsync(3, Token("before-restart"));
        SqliteConnection.ClearAllPools();

        var reopened = new SqliteOsuTokenRepository(_database.Path);

        AssertSameToken(Token("before-restart"), await reopened.GetAsync(3));
    }

    [Fact]
    public async Task The_database_runs_in_wal_mode()
    {
        await new SqliteOsuTokenRepository(_database.Path).AddAsync(1, Token("a"));

        await using var connection = new SqliteConnection($"Data Source={_database.Path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Two_instances_on_one_file_write_concurrently_without_losing_or_corrupting_anything()
    {
        // Separate pools, as separate processes would have: the first instance's connections are not shared.
        var first = new SqliteOsuTokenRepository(new SqliteOsuTokenRepositoryOptions { ConnectionString = $"Data Source={_database.Path};Pooling=False" });
        var second = new SqliteOsuTokenRepository(_database.Path);

        var writes = Enumerable.Range(0, 100).Select(i => Task.Run(async () =>
        {
            var repository = i % 2 == 0 ? first : second;
            await repository.AddAsync(1000 + i, Token("own-" + i));
            await repository.AddAsync(1, Token(new string('s', i + 1)));
        }));
        await Task.WhenAll(writes);

        for (var i = 0; i < 100; i++)
        {
            AssertSameToken(Token("own-" + i), await (i % 2 == 0 ? second : first).GetAsync(1000 + i));
        }

        var shared = await first.GetAsync(1);
        AssertSameToken(Token(shared!.AccessToken["access-".Length..]), shared);
        await using var connection = new SqliteConnection($"Data Source={_database.Path}");
        await connection.OpenAsync();
        await using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check;";
        Assert.Equal("ok", (string?)await check.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_storage_over_the_file_finds_sessions_stored_before_a_restart()
    {
        await new SqliteOsuTokenRepository(_database.Path).AddAsync(7562902, Token("user") with { ExpiresAt = new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero) });
        var options = new OsuClientOptions { ClientId = 1, ClientSecret = "s" };

        await using var storage = new OsuClientStorage(options, new SqliteOsuTokenRepository(_database.Path));
        var client = await storage.GetClientAsync(7562902);

        Assert.Equal(7562902, client.SessionId);
        Assert.Equal("access-user", (await client.GetCurrentTokenAsync()).AccessToken);
    }

    [Fact]
    public void The_repository_can_replace_the_default_one_in_dependency_injection()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IOsuTokenRepository, InMemoryOsuTokenRepository>();

        services.AddOsuSqliteTokenRepository(_database.Path);

        using var provider = services.BuildServiceProvider();
        Assert.IsType<SqliteOsuTokenRepository>(provider.GetRequiredService<IOsuTokenRepository>());
    }

    [Fact]
    public void Options_without_a_database_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new SqliteOsuTokenRepository(new SqliteOsuTokenRepositoryOptions()));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SqliteOsuTokenRepository(new SqliteOsuTokenRepositoryOptions { DatabasePath = "x.db", BusyTimeout = TimeSpan.Zero }));
    }
}
