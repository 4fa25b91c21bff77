using Microsoft.Data.Sqlite;

namespace Guildhall.Osu.Sqlite.Tests;

/// <summary>A database file in a fresh temporary folder, deleted (with its WAL files) afterwards.</summary>
internal sealed class TemporaryDatabase : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "guildhall-osu-" + Guid.NewGuid().ToString("N"));

    public TemporaryDatabase()
    {
        Directory.CreateDirectory(_folder);
        Path = System.IO.Path.Combine(_folder, "tokens.db");
    }

    public string Path { get; }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
