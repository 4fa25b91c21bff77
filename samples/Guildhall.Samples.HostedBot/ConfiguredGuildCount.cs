namespace Guildhall.Samples.HostedBot;

/// <summary>
/// The stand-in for a Discord library: the guild count from the <c>GUILDHALL_GUILD_COUNT</c> setting
/// (<see cref="BotSettings.GuildCount"/>). A real bot replaces it with its Discord client's count (see
/// <see cref="IGuildCountSource"/>).
/// </summary>
public sealed class ConfiguredGuildCount(BotSettings settings) : IGuildCountSource
{
    /// <inheritdoc />
    public ValueTask<long?> GetGuildCountAsync(CancellationToken cancellationToken) => ValueTask.FromResult<long?>(settings.GuildCount);
}
