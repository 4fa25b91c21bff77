namespace Guildhall.TopGg.Webhooks;

/// <summary>The <c>type</c> of a legacy vote delivery.</summary>
public enum LegacyVoteType
{
    /// <summary>A type this version does not know yet.</summary>
    Unknown = 0,

    /// <summary>A real vote (<c>upvote</c>).</summary>
    Upvote,

    /// <summary>The dashboard's Test button (<c>test</c>).</summary>
    Test,
}
