using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>How often a user played one playlist item.</summary>
[JsonConverter(typeof(WireModelConverter<PlaylistItemAttempts>))]
public sealed partial record PlaylistItemAttempts
{
    /// <summary>The playlist item.</summary>
    public long Id { get; init; }

    /// <summary>The plays.</summary>
    public int Attempts { get; init; }
}
