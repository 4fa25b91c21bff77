using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>The best global rank a user ever held in a mode.</summary>
[JsonConverter(typeof(WireModelConverter<UserHighestRank>))]
public sealed partial record UserHighestRank
{
    /// <summary>The rank.</summary>
    public int Rank { get; init; }

    /// <summary>When it was reached.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}
