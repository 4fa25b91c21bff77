using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>What the token's owner may do with a beatmapset (<c>current_user_attributes</c>; absent for guest tokens).</summary>
[JsonConverter(typeof(WireModelConverter<BeatmapsetUserAttributes>))]
public sealed partial record BeatmapsetUserAttributes
{
    /// <summary>Whether the owner may change difficulty owners.</summary>
    public bool? CanBeatmapUpdateOwner { get; init; }

    /// <summary>Whether the owner may delete the set.</summary>
    public bool? CanDelete { get; init; }

    /// <summary>Whether the owner may edit its metadata.</summary>
    public bool? CanEditMetadata { get; init; }

    /// <summary>Whether the owner may edit its tags.</summary>
    public bool? CanEditTags { get; init; }

    /// <summary>Whether the owner may hype it.</summary>
    public bool? CanHype { get; init; }

    /// <summary>Why the owner may not hype it, if not.</summary>
    public string? CanHypeReason { get; init; }

    /// <summary>Whether the owner may love it.</summary>
    public bool? CanLove { get; init; }

    /// <summary>Whether the owner may remove it from loved.</summary>
    public bool? CanRemoveFromLoved { get; init; }

    /// <summary>Whether the owner watches its discussion.</summary>
    public bool? IsWatching { get; init; }

    /// <summary>When the owner may hype again.</summary>
    public DateTimeOffset? NewHypeTime { get; init; }

    /// <summary>The modes the owner may nominate.</summary>
    public IReadOnlyList<GameMode>? NominationModes { get; init; }

    /// <summary>Hype the owner has left.</summary>
    public int? RemainingHype { get; init; }
}
