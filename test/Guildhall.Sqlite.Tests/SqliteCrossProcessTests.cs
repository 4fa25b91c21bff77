using Guildhall.Core.RateLimiting;
using Guildhall.Testing;

namespace Guildhall.Sqlite.Tests;

/// <summary>Several OS processes on one SQLite file, on the real clock.</summary>
public sealed class SqliteCrossProcessTests : CrossProcessStoreContract, IDisposable
{
    private readonly TemporaryFolder _folder = new();

    protected override string DriverStore => "sqlite:" + _folder.File("shared.db");

    protected override IRateLimitStore CreateStore() => new SqliteRateLimitStore(_folder.File("shared.db"));

    public void Dispose() => _folder.Dispose();
}
