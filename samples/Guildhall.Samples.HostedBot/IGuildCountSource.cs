namespace Guildhall.Samples.HostedBot;

/// <summary>
/// Where the autoposter reads the bot's guild count: the one seam between this skeleton and a Discord library.
/// </summary>
/// <remarks>
/// With Discord.Net, register the client and return its cache's count once it is connected:
/// <code>
/// sealed class DiscordNetGuildCount(DiscordSocketClient discord) : IGuildCountSource
/// {
///     public ValueTask&lt;long?&gt; GetGuildCountAsync(CancellationToken cancellationToken) =&gt;
///         ValueTask.FromResult(discord.ConnectionState == ConnectionState.Connected ? discord.Guilds.Count : (long?)null);
/// }
/// </code>
/// With DSharpPlus, <c>DiscordClient.Guilds.Count</c> the same way (a sharded client sums its shards'
/// <c>Guilds.Count</c>). Register it with <c>services.AddSingleton&lt;IGuildCountSource, DiscordNetGuildCount&gt;()</c>
/// in place of <see cref="ConfiguredGuildCount"/>.
/// </remarks>
public interface IGuildCountSource
{
    /// <summary>The number of guilds the bot is in, or <see langword="null"/> while it is not connected yet.</summary>
    ValueTask<long?> GetGuildCountAsync(CancellationToken cancellationToken);
}
