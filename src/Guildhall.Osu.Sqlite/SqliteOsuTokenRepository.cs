using System.Globalization;
using Guildhall.Osu.Authentication;
using Microsoft.Data.Sqlite;

namespace Guildhall.Osu.Sqlite;

/// <summary>
/// An <see cref="IOsuTokenRepository"/> in a SQLite database file, so tokens survive restarts and several processes
/// (or instances) can share sessions. The database runs in WAL mode (readers never wait for the writer), every
/// connection waits up to <see cref="SqliteOsuTokenRepositoryOptions.BusyTimeout"/> for a lock instead of failing, and
/// every write is one immediate transaction, so concurrent writers serialize cleanly instead of corrupting or
/// deadlocking. Thread-safe; connections are pooled and opened per call.
/// </summary>
/// <remarks>
/// Tokens are stored per owner (<see cref="OsuTokenOwner.Key"/>: site, client id and secret hash, never the secret) and
/// session, in the table <c>osu_owned_tokens</c>. Files written by earlier versions keep tokens in <c>osu_tokens</c>,
/// keyed by session only: nothing says which site or application they belong to, so they cannot be used safely. The
/// first use of such a file drops that table (its sessions must log in again) instead of guessing an owner.
/// </remarks>
public sealed class SqliteOsuTokenRepository : IOsuTokenRepository
{
    private const string Columns = "access_token, refresh_token, token_type, expires_at_ticks, scopes, owner_id";

    private const string Key = "token_owner = $token_owner AND session_id = $session";

    private readonly string _connectionString;
    private readonly int _busyTimeoutMilliseconds;
    private volatile bool _schemaReady;

    /// <summary>Creates a repository over a database file.</summary>
    /// <param name="databasePath">The file; created on first use.</param>
    public SqliteOsuTokenRepository(string databasePath)
        : this(new SqliteOsuTokenRepositoryOptions { DatabasePath = databasePath })
    {
    }

    /// <summary>Creates a repository.</summary>
    /// <param name="options">The settings, validated here.</param>
    public SqliteOsuTokenRepository(SqliteOsuTokenRepositoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var builder = new SqliteConnectionStringBuilder(options.ConnectionString ?? "")
        {
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds)),
        };
        if (!string.IsNullOrWhiteSpace(options.DatabasePath) && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            builder.DataSource = options.DatabasePath;
            builder.Mode = SqliteOpenMode.ReadWriteCreate;
        }

        _connectionString = builder.ToString();
        _busyTimeoutMilliseconds = (int)Math.Min(int.MaxValue, options.BusyTimeout.TotalMilliseconds);
    }

    /// <inheritdoc />
    public async ValueTask<bool> ExistsAsync(OsuTokenOwner owner, long sessionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, $"SELECT 1 FROM osu_owned_tokens WHERE {Key}", owner, sessionId);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
    }

    /// <inheritdoc />
    public async ValueTask<OsuToken> AddAsync(OsuTokenOwner owner, long sessionId, OsuToken token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        await WriteAsync(
            $"""
            INSERT INTO osu_owned_tokens (token_owner, session_id, {Columns}) VALUES ($token_owner, $session, $access, $refresh, $type, $expires, $scopes, $user)
            ON CONFLICT (token_owner, session_id) DO UPDATE SET access_token = excluded.access_token, refresh_token = excluded.refresh_token,
                token_type = excluded.token_type, expires_at_ticks = excluded.expires_at_ticks, scopes = excluded.scopes, owner_id = excluded.owner_id
            """,
            owner,
            sessionId,
            token,
            cancellationToken).ConfigureAwait(false);
        return token;
    }

    /// <inheritdoc />
    public async ValueTask<OsuToken?> GetAsync(OsuTokenOwner owner, long sessionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, $"SELECT {Columns} FROM osu_owned_tokens WHERE {Key}", owner, sessionId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new OsuToken
        {
            AccessToken = reader.GetString(0),
            RefreshToken = reader.IsDBNull(1) ? null : reader.GetString(1),
            TokenType = reader.GetString(2),
            ExpiresAt = new DateTimeOffset(reader.GetInt64(3), TimeSpan.Zero),
            Scopes = reader.GetString(4).Split(' ', StringSplitOptions.RemoveEmptyEntries),
            OwnerId = reader.IsDBNull(5) ? null : reader.GetInt64(5),
        };
    }

    /// <inheritdoc />
    public async ValueTask<OsuToken> UpdateAsync(OsuTokenOwner owner, long sessionId, OsuToken token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        var changed = await WriteAsync(
            $"""
            UPDATE osu_owned_tokens SET access_token = $access, refresh_token = $refresh, token_type = $type, expires_at_ticks = $expires,
                scopes = $scopes, owner_id = $user
            WHERE {Key}
            """,
            owner,
            sessionId,
            token,
            cancellationToken).ConfigureAwait(false);
        return changed == 1 ? token : throw new KeyNotFoundException($"No osu! token is stored for session {sessionId} of {owner}.");
    }

    /// <inheritdoc />
    public async ValueTask DeleteAsync(OsuTokenOwner owner, long sessionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var command = Command(connection, $"DELETE FROM osu_owned_tokens WHERE {Key}", owner, sessionId);
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<int> WriteAsync(string sql, OsuTokenOwner owner, long sessionId, OsuToken token, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);

        // Not deferred (BEGIN IMMEDIATE): take the write lock up front, so two writers never both read and then
        // deadlock on upgrading to a write.
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var command = Command(connection, sql, owner, sessionId);
        command.Transaction = transaction;
        command.Parameters.AddWithValue("$access", token.AccessToken);
        command.Parameters.AddWithValue("$refresh", (object?)token.RefreshToken ?? DBNull.Value);
        command.Parameters.AddWithValue("$type", token.TokenType);
        command.Parameters.AddWithValue("$expires", token.ExpiresAt.UtcTicks);
        command.Parameters.AddWithValue("$scopes", string.Join(' ', token.Scopes));
        command.Parameters.AddWithValue("$user", (object?)token.OwnerId ?? DBNull.Value);
        var changed = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return changed;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {_busyTimeoutMilliseconds};");
                await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            if (!_schemaReady)
            {
                await EnsureSchemaAsync(connection, cancellationToken).ConfigureAwait(false);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Creates the table, drops the owner-less table of earlier versions, and turns WAL on; idempotent, and one immediate
    /// transaction, so connections (or processes) racing here on first use do no harm.
    /// </summary>
    private async Task EnsureSchemaAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using (var wal = connection.CreateCommand())
        {
            // Outside the transaction: SQLite cannot change the journal mode inside one.
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            await wal.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            CREATE TABLE IF NOT EXISTS osu_owned_tokens (
                token_owner TEXT NOT NULL,
                session_id INTEGER NOT NULL,
                access_token TEXT NOT NULL,
                refresh_token TEXT NULL,
                token_type TEXT NOT NULL,
                expires_at_ticks INTEGER NOT NULL,
                scopes TEXT NOT NULL,
                owner_id INTEGER NULL,
                PRIMARY KEY (token_owner, session_id)
            );
            DROP TABLE IF EXISTS osu_tokens;
            """;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        _schemaReady = true;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, OsuTokenOwner owner, long sessionId)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$token_owner", owner.Key);
        command.Parameters.AddWithValue("$session", sessionId);
        return command;
    }
}
