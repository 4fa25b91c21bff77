using Microsoft.Data.Sqlite;

namespace Guildhall.Cli.Tests;

/// <summary>A fresh folder under the system's temporary one (for token stores), deleted with any SQLite files in it.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "guildhall-cli-" + Guid.NewGuid().ToString("N"));

    /// <summary>A token store file in the folder.</summary>
    public string TokenStore => System.IO.Path.Combine(Path, "tokens.db");

    public void Dispose()
    {
        // Pooled connections keep the database files open.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
