using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>What the token's owner may do with a beatmapset discussion.</summary>
[JsonConverter(typeof(WireModelConverter<BeatmapsetDiscussionUserAttributes>))]
public sealed partial record BeatmapsetDiscussionUserAttributes
{
    /// <summary>Whether they may delete it.</summary>
    public bool CanDestroy { get; init; }

    /// <summary>Whether they may allow or deny kudosu.</summary>
    public bool CanModerateKudosu { get; init; }

    /// <summary>Whether they may reopen it.</summary>
    public bool CanReopen { get; init; }

    /// <summary>Whether they may resolve it.</summary>
    public bool CanResolve { get; init; }

    /// <summary>Their vote (<c>0</c> for none).</summary>
    public int VoteScore { get; init; }
}
