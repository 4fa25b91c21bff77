using Guildhall.Core.Telemetry;
using Guildhall.Osu;
using Guildhall.Tatsu;
using Guildhall.TopGg;
using Guildhall.TopGg.Autopost;
using Guildhall.TopGg.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Guildhall.Samples.HostedBot;

/// <summary>The bot's composition: one Generic Host holding every part, each registered once here.</summary>
public static class HostedBot
{
    /// <summary>The service name the bot's telemetry carries.</summary>
    public const string ServiceName = "guildhall-hosted-bot";

    /// <summary>
    /// A host builder with the whole bot registered: the Top.gg, Tatsu and osu! clients, the autoposter, the vote
    /// receiver, the osu!/Tatsu reader, and OpenTelemetry (traces, metrics and logs) to the console exporter.
    /// </summary>
    /// <param name="args">The command line; <c>--KEY=value</c> sets a setting as <c>GUILDHALL_KEY</c> does.</param>
    /// <param name="settings">Settings that win over the environment and command line (the sandbox's, in <c>--sandbox</c> mode).</param>
    /// <exception cref="BotSettingsException">A required setting is missing or unreadable.</exception>
    public static HostApplicationBuilder CreateBuilder(string[] args, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, Configuration = new ConfigurationManager() });
        builder.Configuration.AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables(BotSettings.EnvironmentPrefix)
            .AddCommandLine(args)
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        var bot = BotSettings.From(builder.Configuration);
        builder.Services.AddSingleton(bot);

        builder.Services.AddTopGgClient(options =>
        {
            options.Token = bot.TopGgToken;
            options.BaseAddress = bot.TopGgBaseAddress ?? options.BaseAddress;
        });
        builder.Services.AddTatsuClient(options =>
        {
            options.ApiKey = bot.TatsuKey;
            options.BaseAddress = bot.TatsuBaseAddress ?? options.BaseAddress;
        });
        builder.Services.AddOsuClient(options =>
        {
            options.ClientId = bot.OsuClientId;
            options.ClientSecret = bot.OsuClientSecret;
            options.BaseAddress = bot.OsuBaseAddress ?? options.BaseAddress;
        });

        // The guild count comes from the Discord library through one interface (see IGuildCountSource).
        builder.Services.AddSingleton<IGuildCountSource, ConfiguredGuildCount>();
        builder.Services.AddTopGgAutoposter(provider =>
        {
            var guilds = provider.GetRequiredService<IGuildCountSource>();
            return async cancellationToken => await guilds.GetGuildCountAsync(cancellationToken).ConfigureAwait(false) is { } count
                ? new TopGgStatsUpdate { ServerCount = count }
                : null;
        });

        builder.Services.AddSingleton<VoteLedger>();
        builder.Services.AddSingleton<VoteReceiver>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<VoteReceiver>());
        builder.Services.AddHostedService<GameStatsReader>();

        AddTelemetry(builder);
        return builder;
    }

    // Guildhall's activities and metrics are on the "Guildhall" source and meter; the console exporter prints them as
    // they end (metrics once a minute), and every log line goes through OpenTelemetry's logger too.
    private static void AddTelemetry(HostApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        // Every HTTP request is already an activity; the HTTP client's and Kestrel's own lines would repeat them.
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.AddConsoleExporter();
        });
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing.AddSource(GuildhallTelemetry.SourceName).AddConsoleExporter())
            .WithMetrics(metrics => metrics.AddMeter(GuildhallTelemetry.SourceName).AddConsoleExporter());
    }
}
