using Guildhall.Osu.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Guildhall.Osu.Sqlite;

/// <summary>Registers the SQLite token repository.</summary>
public static class OsuSqliteServiceCollectionExtensions
{
    /// <summary>Keeps osu! tokens in a SQLite file (replacing any token repository registered before).</summary>
    /// <param name="services">The services.</param>
    /// <param name="databasePath">The database file.</param>
    public static IServiceCollection AddOsuSqliteTokenRepository(this IServiceCollection services, string databasePath)
    {
        ArgumentNullException.ThrowIfNull(services);
        var repository = new SqliteOsuTokenRepository(databasePath);
        services.RemoveAll<IOsuTokenRepository>();
        services.AddSingleton<IOsuTokenRepository>(repository);
        return services;
    }
}
