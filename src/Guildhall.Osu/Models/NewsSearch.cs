using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>The parameters a news listing was answered for.</summary>
[JsonConverter(typeof(WireModelConverter<NewsSearch>))]
public sealed partial record NewsSearch
{
    /// <summary>Posts per page.</summary>
    public int Limit { get; init; }

    /// <summary>The order.</summary>
    public string Sort { get => field ?? ""; init; }

    /// <summary>The year asked for, if any.</summary>
    public int? Year { get; init; }
}
