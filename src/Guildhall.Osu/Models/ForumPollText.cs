using System.Text.Json.Serialization;
using Guildhall.Core.Json.Wire;

namespace Guildhall.Osu.Models;

/// <summary>A text of a forum poll, as written and rendered.</summary>
[JsonConverter(typeof(WireModelConverter<ForumPollText>))]
public sealed partial record ForumPollText
{
    /// <summary>The BBCode as written.</summary>
    public string Bbcode { get => field ?? ""; init; }

    /// <summary>The rendered HTML.</summary>
    public string Html { get => field ?? ""; init; }
}
