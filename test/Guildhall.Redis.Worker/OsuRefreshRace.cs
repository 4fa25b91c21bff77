using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Guildhall.Core;
using Guildhall.Core.Errors;
using Guildhall.Osu;
using StackExchange.Redis;

namespace Guildhall.Redis.Worker;

/// <summary>
/// One bot process using a user session kept in Redis: it says <c>ready</c>, waits for the test's go (an entry on a Redis
/// list, so every process starts the race at once), then calls <c>/me</c>, which renews the expired token first. Prints
/// one JSON line: the user, and a short hash of the access token it ended with (never the token).
/// </summary>
internal static class OsuRefreshRace
{
    public static async Task<string> RunAsync(WorkerArguments arguments)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(arguments.Require("redis")).ConfigureAwait(false);
        var refreshOptions = new RedisOsuRefreshOptions
        {
            KeyPrefix = arguments.Optional("refresh-prefix") ?? "guildhall:osu:",
            LeaseDuration = TimeSpan.FromMilliseconds(long.Parse(arguments.Optional("lease-ms") ?? "30000", CultureInfo.InvariantCulture)),
        };
        using var http = arguments.Flag("no-single-flight") ? ApiHttpClient.Create() : ApiHttpClient.Create(new RedisOsuRefreshHandler(redis, refreshOptions));
        var options = new OsuClientOptions
        {
            BaseAddress = new Uri(arguments.Require("base-url")),
            ClientId = long.Parse(arguments.Require("client-id"), CultureInfo.InvariantCulture),
            ClientSecret = arguments.Require("client-secret"),
        };
        await using var storage = new OsuClientStorage(http, options, new RedisOsuTokenRepository(redis));
        var client = await storage.GetClientAsync(long.Parse(arguments.Require("session"), CultureInfo.InvariantCulture)).ConfigureAwait(false);

        await Console.Out.WriteLineAsync("ready").ConfigureAwait(false);
        await WaitForGoAsync(redis.GetDatabase(), arguments.Require("go-key")).ConfigureAwait(false);
        try
        {
            var me = await client.Users.GetMeAsync().ConfigureAwait(false);
            var token = await client.GetCurrentTokenAsync().ConfigureAwait(false);
            return JsonSerializer.Serialize(new Dictionary<string, object> { ["user"] = me.Id, ["token_sha"] = ShortHash(token.AccessToken) });
        }
        catch (GuildhallApiException exception)
        {
            return JsonSerializer.Serialize(new Dictionary<string, object?> { ["error"] = exception.ErrorCode, ["status"] = (int?)exception.StatusCode });
        }
    }

    private static async Task WaitForGoAsync(IDatabase database, string key)
    {
        for (var attempt = 0; attempt < 6000; attempt++)
        {
            if (!(await database.ListLeftPopAsync(key).ConfigureAwait(false)).IsNull)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(10)).ConfigureAwait(false);
        }

        throw new TimeoutException("No go within 60 seconds.");
    }

    private static string ShortHash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)))[..16];
}
