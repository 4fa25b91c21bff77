using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>The deprecated <c>rank</c> object of user statistics (the same value as <see cref="UserStatistics.CountryRank"/>).</summary>
[JsonConverter(typeof(WireModelConverter<UserCountryRank>))]
public sealed partial record UserCountryRank
{
    /// <summary>The rank in the user's country, or <see langword="null"/> when unranked.</summary>
    public int? Country { get; init; }
}
