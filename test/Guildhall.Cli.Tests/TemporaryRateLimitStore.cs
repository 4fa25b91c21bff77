using Microsoft.Data.Sqlite;

namespace Guildhall.Cli.Tests;

/// <summary>A rate-limit budget file for this test run, in a temporary folder deleted when the run ends.</summary>
internal static class TemporaryRateLimitStore
{
    private static readonly string Folder = CreateFolder();

    public static string Path { get; } = System.IO.Path.Combine(Folder, "rate-limits.db");

    /// <summary>Another file in the same folder, for a test that needs a budget of its own.</summary>
    public static string Another() => System.IO.Path.Combine(Folder, Guid.NewGuid().ToString("N") + ".db");

    private static string CreateFolder()
    {
        var folder = Directory.CreateTempSubdirectory("guildhall-cli-tests-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        };
        return folder;
    }
}
