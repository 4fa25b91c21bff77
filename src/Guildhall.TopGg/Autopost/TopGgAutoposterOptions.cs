using Guildhall.TopGg.Models;
using Microsoft.Extensions.Logging;

namespace Guildhall.TopGg.Autopost;

/// <summary>Settings of a <see cref="TopGgAutoposter"/>, checked when it is created.</summary>
public sealed class TopGgAutoposterOptions
{
    /// <summary>The shortest interval allowed: 15 minutes, as topggpy enforces, so a bot never floods the stats route.</summary>
    public static readonly TimeSpan MinimumInterval = TimeSpan.FromMinutes(15);

    /// <summary>The default interval: 30 minutes.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Supplies the stats to post, from whatever Discord library the bot uses: a <see cref="TopGgStatsUpdate"/> as for a
    /// manual post (<see cref="TopGgStatsUpdate.ForOwnedShards"/> for a cluster of a bigger bot). Required. Return <see langword="null"/>
    /// while the bot is not ready (not connected yet): the cycle is skipped and asked again after
    /// <see cref="NotReadyDelay"/>.
    /// </summary>
    public Func<CancellationToken, ValueTask<TopGgStatsUpdate?>>? StatsProvider { get; set; }

    /// <summary>The time between posts. Default 30 minutes; at least <see cref="MinimumInterval"/>.</summary>
    public TimeSpan Interval { get; set; } = DefaultInterval;

    /// <summary>
    /// The wait before the first post. Default zero (post as soon as the provider is ready). Clusters of a big bot can
    /// stagger their posts with it.
    /// </summary>
    public TimeSpan FirstPostDelay { get; set; } = TimeSpan.Zero;

    /// <summary>How soon to ask again when the provider said the bot is not ready. Default 30 seconds.</summary>
    public TimeSpan NotReadyDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The wait after the first 401 or 403 (a wrong, revoked or webhook token; an unapproved bot). It doubles with each
    /// further one, up to <see cref="MaxCredentialBackoff"/>, and is never shorter than <see cref="Interval"/>. The
    /// autoposter keeps trying and reporting, so fixing the token brings it back without a restart. Default 1 hour.
    /// </summary>
    public TimeSpan CredentialBackoff { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The longest wait after repeated 401 or 403 answers. Default 12 hours.</summary>
    public TimeSpan MaxCredentialBackoff { get; set; } = TimeSpan.FromHours(12);

    /// <summary>The clock. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Where the autoposter logs; <see langword="null"/> for no logs.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentException">A setting is missing or out of range.</exception>
    public void Validate()
    {
        if (StatsProvider is null)
        {
            throw new ArgumentException($"{nameof(StatsProvider)} is required: it tells the autoposter what to post.", nameof(StatsProvider));
        }

        if (Interval < MinimumInterval)
        {
            throw new ArgumentException($"{nameof(Interval)} must be at least {MinimumInterval.TotalMinutes} minutes; {Interval} was given.", nameof(Interval));
        }

        if (FirstPostDelay < TimeSpan.Zero)
        {
            throw new ArgumentException($"{nameof(FirstPostDelay)} cannot be negative.", nameof(FirstPostDelay));
        }

        if (NotReadyDelay <= TimeSpan.Zero)
        {
            throw new ArgumentException($"{nameof(NotReadyDelay)} must be positive.", nameof(NotReadyDelay));
        }

        if (CredentialBackoff <= TimeSpan.Zero || MaxCredentialBackoff < CredentialBackoff)
        {
            throw new ArgumentException($"{nameof(CredentialBackoff)} must be positive and at most {nameof(MaxCredentialBackoff)}.", nameof(CredentialBackoff));
        }

        ArgumentNullException.ThrowIfNull(TimeProvider, nameof(TimeProvider));
    }
}
