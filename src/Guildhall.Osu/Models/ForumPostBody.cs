using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A forum post's text.</summary>
[JsonConverter(typeof(WireModelConverter<ForumPostBody>))]
public sealed partial record ForumPostBody
{
    /// <summary>The rendered HTML.</summary>
    public string Html { get => field ?? ""; init; }

    /// <summary>The BBCode as written.</summary>
    public string Raw { get => field ?? ""; init; }
}
