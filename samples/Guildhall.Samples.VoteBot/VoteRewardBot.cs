using Guildhall.Tatsu;
using Guildhall.TopGg;
using Guildhall.TopGg.AspNetCore;

namespace Guildhall.Samples.VoteBot;

/// <summary>
/// A tiny bot: it posts its guild count to Top.gg, and for every vote Top.gg delivers to its webhook it gives the voter
/// Tatsu points in the bot's guild. The clients come from outside, so a test points them at the sandbox.
/// </summary>
/// <param name="topGg">The Top.gg client, with the bot's token.</param>
/// <param name="tatsu">The Tatsu client, with a key that may change points in <paramref name="guildId"/>.</param>
/// <param name="guildId">The guild whose points reward votes.</param>
/// <param name="pointsPerVote">How many points one vote earns.</param>
public sealed class VoteRewardBot(TopGgClient topGg, TatsuClient tatsu, ulong guildId, int pointsPerVote = 100)
{
    /// <summary>Posts the bot's guild count to Top.gg, as an autoposter does every half hour.</summary>
    public Task PostGuildCountAsync(long guildCount, CancellationToken cancellationToken = default) =>
        topGg.Bots.PostStatsAsync(guildCount, cancellationToken: cancellationToken);

    /// <summary>Gives the voter their points. A failure reaches the webhook's answer, so Top.gg delivers the vote again.</summary>
    public async Task RewardVoteAsync(ulong voterId, CancellationToken cancellationToken = default) =>
        await tatsu.Members.AddPointsAsync(guildId, voterId, pointsPerVote, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Starts the vote webhook on <paramref name="urls"/>: legacy votes at <c>/dbl</c> (checked against
    /// <paramref name="authorization"/>), V2 votes at <c>/topgg</c> (signed with <paramref name="secret"/>).
    /// </summary>
    public async Task<TopGgWebhookListener> StartWebhookAsync(string urls, string authorization, string secret, CancellationToken cancellationToken = default)
    {
        var listener = new TopGgWebhookListener(urls)
            .MapBotVotes("/dbl", options => options.Authorization = authorization)
            .MapWebhooks("/topgg", options => options.Secret = secret)
            .OnVote((vote, ct) => new ValueTask(RewardVoteAsync(vote.VoterId, ct)));
        await listener.StartAsync(cancellationToken).ConfigureAwait(false);
        return listener;
    }
}
