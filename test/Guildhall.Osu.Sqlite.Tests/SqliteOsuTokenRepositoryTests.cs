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
        await new SqliteOsuTokenRepository(_database.Path).AddAsync(Owner, 3, Token("before-restart"));
        SqliteConnection.ClearAllPools();

        var reopened = new SqliteOsuTokenRepository(_database.Path);

        AssertSameToken(Token("before-restart"), await reopened.GetAsync(Owner, 3));
    }

    [Fact]
    public async Task The_database_runs_in_wal_mode()
    {
        await new SqliteOsuTokenRepository(_database.Path).AddAsync(Owner, 1, Token("a"));

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
            await repository.AddAsync(Owner, 1000 + i, Token("own-" + i));
            await repository.AddAsync(Owner, 1, Token(new string('s', i + 1)));
        }));
        await Task.WhenAll(writes);

        for (var i = 0; i < 100; i++)
        {
            AssertSameToken(Token("own-" + i), await (i % 2 == 0 ? second : first).GetAsync(Owner, 1000 + i));
        }

        var shared = await first.GetAsync(Owner, 1);
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
        await new SqliteOsuTokenRepository(_database.Path).AddAsync(Owner, 7562902, Token("user") with { ExpiresAt = new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero) });
        var options = new OsuClientOptions { ClientId = Owner.ClientId, ClientSecret = "the-application-secret" };

        await using var storage = new OsuClientStorage(options, new SqliteOsuTokenRepository(_database.Path));
        var client = await storage.GetClientAsync(7562902);

        Assert.Equal(7562902, client.SessionId);
        Assert.Equal("access-user", (await client.GetCurrentTokenAsync()).AccessToken);
    }

    [Theory]
    [InlineData("https://osu.ppy.sh/", 40070, "a-rotated-secret")]
    [InlineData("https://osu.ppy.sh/", 40071, "the-application-secret")]
    [InlineData("http://127.0.0.1:5099/osu/", 40070, "the-application-secret")]
    public async Task A_storage_of_another_secret_client_or_site_does_not_find_a_stored_session(string site, long clientId, string secret)
    {
        var stored = new OsuClientOptions { ClientId = 40070, ClientSecret = "the-application-secret" };
        await using (var first = new OsuClientStorage(stored, new SqliteOsuTokenRepository(_database.Path)))
        {
            await first.AddClientAsync(Token("user") with { ExpiresAt = new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero) });
        }

        var other = new OsuClientOptions { BaseAddress = new Uri(site), ClientId = clientId, ClientSecret = secret };
        await using var stranger = new OsuClientStorage(other, new SqliteOsuTokenRepository(_database.Path));
        await using var same = new OsuClientStorage(stored, new SqliteOsuTokenRepository(_database.Path));

        await Assert.ThrowsAsync<KeyNotFoundException>(() => stranger.GetClientAsync(7562902));
        Assert.Equal("access-user", (await (await same.GetClientAsync(7562902)).GetCurrentTokenAsync()).AccessToken);
    }

    [Fact]
    public async Task A_file_of_an_earlier_version_loses_its_tokens_of_unknown_owner_instead_of_lending_them()
    {
        // The schema earlier versions wrote: tokens keyed by session only.
        await using (var connection = new SqliteConnection($"Data Source={_database.Path}"))
        {
            await connection.OpenAsync();
            await using var create = connection.CreateCommand();
            create.CommandText = """
                CREATE TABLE osu_tokens (session_id INTEGER PRIMARY KEY, access_token TEXT NOT NULL, refresh_token TEXT NULL,
                    token_type TEXT NOT NULL, expires_at_ticks INTEGER NOT NULL, scopes TEXT NOT NULL, owner_id INTEGER NULL);
                INSERT INTO osu_tokens VALUES (0, 'old-app-token', NULL, 'Bearer', 700000000000000000, 'public', NULL);
                INSERT INTO osu_tokens VALUES (7562902, 'old-user-token', 'old-refresh', 'Bearer', 700000000000000000, 'identify public', 7562902);
                """;
            await create.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
        var repository = new SqliteOsuTokenRepository(_database.Path);

        Assert.Null(await repository.GetAsync(Owner, 0));
        Assert.False(await repository.ExistsAsync(Owner, 7562902));
        await repository.AddAsync(Owner, 7562902, Token("new"));
        AssertSameToken(Token("new"), await repository.GetAsync(Owner, 7562902));
        await using var check = new SqliteConnection($"Data Source={_database.Path}");
        await check.OpenAsync();
        await using var tables = check.CreateCommand();
        tables.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'osu_tokens'";
        Assert.Equal(0L, (long)(await tables.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task The_file_holds_the_owner_as_site_client_and_hash_never_the_secret()
    {
        await new SqliteOsuTokenRepository(_database.Path).AddAsync(Owner, 1, Token("a"));

        await using var connection = new SqliteConnection($"Data Source={_database.Path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT token_owner FROM osu_owned_tokens";
        var stored = (string)(await command.ExecuteScalarAsync())!;

        Assert.Equal(Owner.Key, stored);
        Assert.StartsWith("https://osu.ppy.sh/ 40070 ", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("the-application-secret", stored, StringComparison.Ordinal);
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
