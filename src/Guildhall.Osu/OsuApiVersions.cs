namespace Guildhall.Osu;

/// <summary>
/// Values of the <c>x-api-version</c> header that change responses. The server compares the header as an integer
/// (<c>yyyymmdd</c>) with <c>&gt;=</c>, so any later date keeps every change before it.
/// </summary>
public static class OsuApiVersions
{
    /// <summary>The last version that answers scores in the legacy format.</summary>
    public const int LegacyScores = 20220704;

    /// <summary>Scores are sent in the lazer format from this version on.</summary>
    public const int LazerScores = 20220705;

    /// <summary><c>GET /friends</c> answers <c>UserRelation[]</c> instead of <c>User[]</c> from this version on.</summary>
    public const int FriendRelations = 20241022;

    /// <summary>The version this client is written against, sent by default.</summary>
    public const int Current = 20241024;
}
