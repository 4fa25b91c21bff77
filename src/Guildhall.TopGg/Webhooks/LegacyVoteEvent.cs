namespace Guildhall.TopGg.Webhooks;

/// <summary>A vote delivered by a legacy webhook (<c>Authorization</c> header): <see cref="LegacyBotVoteEvent"/> or <see cref="LegacyServerVoteEvent"/>.</summary>
public abstract record LegacyVoteEvent : TopGgVoteEvent
{
    private protected LegacyVoteEvent()
    {
    }

    /// <inheritdoc />
    public override TopGgWebhookFormat Format => TopGgWebhookFormat.Legacy;

    /// <summary>The body's <c>type</c>: <see cref="LegacyVoteType.Upvote"/> or <see cref="LegacyVoteType.Test"/>.</summary>
    public LegacyVoteType Type { get; init; }

    /// <summary>
    /// The vote page's query string (<c>query</c>, for example <c>?ref=discord&amp;campaign=spring</c>), URL-decoded into
    /// a map; empty when the vote page had none. When a key repeats, the first value wins.
    /// </summary>
    public IReadOnlyDictionary<string, string> Query { get; init; } = TopGgVoteQuery.Empty;
}
