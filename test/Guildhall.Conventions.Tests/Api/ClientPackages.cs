using System.Reflection;

namespace Guildhall.Conventions.Tests.Api;

/// <summary>The packages a bot references: Core, each API's client and its ASP.NET Core receiver, and the storage packages.</summary>
internal static class ClientPackages
{
    public static IReadOnlyList<Assembly> All { get; } =
    [
        typeof(Core.ApiClient).Assembly,
        typeof(TopGg.TopGgClient).Assembly,
        typeof(TopGg.AspNetCore.TopGgWebhookListener).Assembly,
        typeof(Tatsu.TatsuClient).Assembly,
        typeof(Polympics.PolympicsClient).Assembly,
        typeof(Polympics.AspNetCore.PolympicsCallbackOptions).Assembly,
        typeof(Osu.OsuClient).Assembly,
        typeof(Osu.Sqlite.SqliteOsuTokenRepository).Assembly,
        typeof(Redis.RedisRateLimitStore).Assembly,
        typeof(Redis.AspNetCore.DurableVoteDeliveryExtensions).Assembly,
    ];
}
