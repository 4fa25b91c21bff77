using Microsoft.Data.Sqlite;

namespace Guildhall.Sqlite;

/// <summary>One open connection and its transaction, with the two kinds of statement the store runs.</summary>
internal sealed class SqliteSession(SqliteConnection connection, SqliteTransaction? transaction)
{
    public void Execute(string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Create(sql, parameters);
        command.ExecuteNonQuery();
    }

    /// <summary>Reads the first row with <paramref name="read"/>, or returns the default when there is none.</summary>
    public T ReadRow<T>(string sql, Func<SqliteDataReader, T> read, params (string Name, object Value)[] parameters)
    {
        using var command = Create(sql, parameters);
        using var reader = command.ExecuteReader();
        return reader.Read() ? read(reader) : default!;
    }

    private SqliteCommand Create(string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
