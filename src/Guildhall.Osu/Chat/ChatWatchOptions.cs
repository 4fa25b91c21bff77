namespace Guildhall.Osu.Chat;

/// <summary>Where <see cref="OsuChatClient.WatchMessagesAsync"/> starts and how it polls.</summary>
public sealed record ChatWatchOptions
{
    /// <summary>
    /// Yield the messages after this id (the last one handled, to resume after a restart); <see langword="null"/> starts
    /// at the channel's newest message, yielding only what arrives afterwards. Default <see langword="null"/>.
    /// </summary>
    public long? AfterMessageId { get; init; }

    /// <summary>How long to wait after an answer with no new messages. Default 5 seconds (the API asks for at most 60 requests a minute).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long to wait after a dropped connection, a server error or a throttled request before asking again. Default 10 seconds.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A delay is negative or zero.</exception>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(PollInterval, TimeSpan.Zero, nameof(PollInterval));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(RetryDelay, TimeSpan.Zero, nameof(RetryDelay));
    }
}
