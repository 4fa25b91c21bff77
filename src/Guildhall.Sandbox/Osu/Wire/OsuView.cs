

using Guildhall.Sandbox.Osu.State;

namespace Guildhall.Sandbox.Osu.Wire;

/// <summary>
/// Who is asking and how: the world to read, the token's user (for <c>current_user_attributes</c>, pins, "own" data),
/// the <c>x-api-version</c> header (score format, friends shape) and the current time.
/// </summary>
internal sealed record OsuView(OsuWorld World, OsuUser? Viewer, int ApiVersion, DateTimeOffset Now)
{
    /// <summary>From this version on scores are sent in the lazer ("solo") format.</summary>
    public const int LazerScoresVersion = 20220705;

    /// <summary>From this version on <c>/friends</c> sends <c>UserRelation</c> objects.</summary>
    public const int UserRelationsVersion = 20241022;

    /// <summary>Whether scores go out in the legacy (stable) format.</summary>
    public bool LegacyScores => ApiVersion < LazerScoresVersion;
}
