using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A user's "me!" page.</summary>
[JsonConverter(typeof(WireModelConverter<UserPage>))]
public sealed partial record UserPage
{
    /// <summary>The page rendered as HTML.</summary>
    public string Html { get => field ?? ""; init; }

    /// <summary>The page's BBCode source.</summary>
    public string Raw { get => field ?? ""; init; }
}
