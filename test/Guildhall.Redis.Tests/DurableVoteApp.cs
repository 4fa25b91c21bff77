using Guildhall.Redis.AspNetCore;
using Guildhall.TopGg.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Guildhall.Redis.Tests;

/// <summary>
/// An application with durable vote delivery switched on by <c>AddGuildhallRedis</c> (its own connection, with
/// StackExchange.Redis's default timeouts), on loopback, whose votes reach a <see cref="DurableDeliveryHostTests.VoteSink"/>.
/// </summary>
internal static class DurableVoteApp
{
    public const string Authorization = "durable-app-auth";

    public static async Task<WebApplication> StartAsync(
        string redisEndpoint,
        string prefix,
        DurableDeliveryHostTests.VoteSink sink,
        Action<TopGgWebhookEndpointOptions>? webhooks = null,
        Action<GuildhallRedisOptions>? redis = null,
        ILoggerProvider? logs = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
        }

        builder.Services.AddSingleton(sink);
        builder.Services.AddTopGgWebhooks(options =>
        {
            options.Authorization = Authorization;
            webhooks?.Invoke(options);
        }).AddHandler<DurableDeliveryHostTests.RecordingVoteHandler>().AddDurableVoteDelivery();
        builder.Services.AddGuildhallRedis(redisEndpoint, options =>
        {
            options.VoteDeduplication.KeyPrefix = prefix + "dedupe:";
            options.VoteStream.StreamKey = prefix + "stream";
            options.VoteStream.DeadLetterStreamKey = prefix + "dead";
            options.VoteStream.PollInterval = TimeSpan.FromMilliseconds(20);
            redis?.Invoke(options);
        });
        var app = builder.Build();
        app.MapTopGgWebhooks("/dbl");
        await app.StartAsync();
        return app;
    }

    public static Uri Target(WebApplication app) => new(new Uri(app.Urls.Single()), "/dbl");
}
