using Guildhall.Core.RateLimiting;
using Guildhall.Redis;
using Guildhall.Sqlite;
using StackExchange.Redis;

namespace Guildhall.LoadDriver;

/// <summary>The rate-limit store named on the command line, and what must be closed with it.</summary>
internal sealed class DriverStore(IRateLimitStore store, IAsyncDisposable? owned) : IAsyncDisposable
{
    public IRateLimitStore Store { get; } = store;

    /// <summary>Opens <c>memory</c>, <c>redis:&lt;configuration&gt;</c> or <c>sqlite:&lt;path&gt;</c>.</summary>
    public static async Task<DriverStore> OpenAsync(string spec)
    {
        if (spec == "memory")
        {
            return new DriverStore(new InMemoryRateLimitStore(), null);
        }

        if (spec.StartsWith("redis:", StringComparison.Ordinal))
        {
            var connection = await ConnectionMultiplexer.ConnectAsync(spec["redis:".Length..]).ConfigureAwait(false);
            return new DriverStore(new RedisRateLimitStore(connection), connection);
        }

        if (spec.StartsWith("sqlite:", StringComparison.Ordinal))
        {
            return new DriverStore(new SqliteRateLimitStore(spec["sqlite:".Length..]), null);
        }

        throw new ArgumentException($"Unknown store '{spec}': memory, redis:<configuration> or sqlite:<path>.");
    }

    public async ValueTask DisposeAsync()
    {
        if (owned is not null)
        {
            await owned.DisposeAsync().ConfigureAwait(false);
        }
    }
}
