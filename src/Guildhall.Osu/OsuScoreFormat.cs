namespace Guildhall.Osu;

/// <summary>
/// The score format the API answers in. The API keys it on the <c>x-api-version</c> header: from
/// <see cref="OsuApiVersions.LazerScores"/> on it sends the lazer format, below it the legacy one.
/// </summary>
public enum OsuScoreFormat
{
    /// <summary>
    /// The lazer ("solo") format: <c>total_score</c>, <c>ruleset_id</c>, mods with settings, lazer hit results, and the
    /// stable values alongside (<c>legacy_total_score</c>, <c>legacy_score_id</c>). The default.
    /// </summary>
    Lazer = 0,

    /// <summary>The legacy (stable) format: <c>score</c>, <c>mode</c>, mod acronyms, <c>count_300</c> and friends.</summary>
    Legacy = 1,
}
