using Microsoft.Data.Sqlite;

namespace Guildhall.Sqlite.Tests;

/// <summary>A fresh temporary folder, deleted (with any database and WAL files in it) afterwards.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("guildhall-sqlite-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
