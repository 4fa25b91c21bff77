using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A user's kudosu (modding reputation).</summary>
[JsonConverter(typeof(WireModelConverter<UserKudosu>))]
public sealed partial record UserKudosu
{
    /// <summary>Kudosu the user can still give away.</summary>
    public int Available { get; init; }

    /// <summary>Kudosu earned in total.</summary>
    public int Total { get; init; }
}
