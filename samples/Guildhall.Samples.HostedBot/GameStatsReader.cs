using Guildhall.Core.Errors;
using Guildhall.Osu;
using Guildhall.Tatsu;
using Guildhall.Tatsu.Models;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Guildhall.Samples.HostedBot;

/// <summary>
/// Reads the osu! player's profile and the guild's weekly Tatsu leaderboard at start and then every
/// <see cref="BotSettings.ReadInterval"/> (on the host's <see cref="TimeProvider"/>), as a bot refreshing a
/// leaderboard channel would. A read the API refuses or that fails on the network is logged and tried again at the
/// next read; the host keeps running.
/// </summary>
public sealed class GameStatsReader(OsuClient osu, TatsuClient tatsu, BotSettings settings, TimeProvider time, ILogger<GameStatsReader> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.ReadInterval, time);
        do
        {
            await ReadOsuAsync(stoppingToken).ConfigureAwait(false);
            await ReadTatsuAsync(stoppingToken).ConfigureAwait(false);
        }
        while (await NextTickAsync(timer, stoppingToken).ConfigureAwait(false));
    }

    private static async Task<bool> NextTickAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private async Task ReadOsuAsync(CancellationToken stoppingToken)
    {
        try
        {
            var player = await osu.Users.GetAsync(settings.OsuPlayer, cancellationToken: stoppingToken).ConfigureAwait(false);
            BotLog.OsuPlayerRead(logger, player.Username, player.Statistics?.Pp, player.Statistics?.GlobalRank);
        }
        catch (Exception exception) when (IsReadFailure(exception, stoppingToken))
        {
            BotLog.ReadFailed(logger, "osu", exception);
        }
    }

    private async Task ReadTatsuAsync(CancellationToken stoppingToken)
    {
        try
        {
            var page = await tatsu.Rankings.GetGuildRankingsPageAsync(settings.TatsuGuildId, TatsuTimeframe.Week, cancellationToken: stoppingToken).ConfigureAwait(false);
            var leader = page.Rankings.Count > 0 ? page.Rankings[0] : null;
            BotLog.TatsuLeaderboardRead(logger, settings.TatsuGuildId, page.Rankings.Count, leader?.UserId, leader?.Score);
        }
        catch (Exception exception) when (IsReadFailure(exception, stoppingToken))
        {
            BotLog.ReadFailed(logger, "tatsu", exception);
        }
    }

    // An API's refusal, a network error or a timeout: worth a log line and the next read, not the host's life. The
    // host stopping is not a failure.
    private static bool IsReadFailure(Exception exception, CancellationToken stoppingToken) =>
        exception is GuildhallApiException or HttpRequestException or TimeoutException
        || (exception is OperationCanceledException && !stoppingToken.IsCancellationRequested);
}
